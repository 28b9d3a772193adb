/** How figures and claims are named on screen. */
import type { Figure, FigurePeriod } from '../../src/contracts/board.js';
import type { Claim, ClaimQuantity, Period, Speaker } from '../../src/contracts/claim.js';

export function groupLabel(subject: { affiliation: string | null; kind: string | null }): string {
  return [subject.affiliation ?? 'unknown side', subject.kind ?? ''].filter(Boolean).join(' ');
}

export function periodLabel(period: FigurePeriod | Period | null, rate?: string | null): string {
  const perRate = rate ? ` (per ${rate})` : '';
  if (!period) return `running total${perRate}`;
  if (period.start || period.end) return `${period.start ?? '…'} – ${period.end ?? '…'}${perRate}`;
  return `${period.text ?? 'unresolved period'}${perRate}`;
}

export function numberLabel(value: number | null): string {
  return value === null ? '—' : value.toLocaleString('en-US');
}

export function quantityLabel(quantity: ClaimQuantity | null): string {
  return quantity ? quantity.text : 'no number (denial)';
}

export function speakerLabel(speaker: Speaker | null, canonical?: string | null): string {
  return canonical ?? speaker?.name ?? speaker?.org ?? speaker?.text ?? 'unattributed';
}

export function figureTitle(figure: Figure): string {
  const when = figure.incident ? `toll of “${figure.incident}”` : periodLabel(figure.period, figure.rate);
  return [groupLabel(figure.subject), figure.outcome, figure.location ?? 'anywhere', when].join(' — ');
}

export function claimSummary(claim: Claim & { speaker_label?: string | null }): string {
  return `${speakerLabel(claim.speaker, claim.speaker_label)}: ${quantityLabel(claim.quantity)} ${claim.outcome} (${claim.stance})`;
}

/** The number a claim is drawn at when one number must stand for it. */
export function representativeValue(quantity: ClaimQuantity | null): number | null {
  if (!quantity) return null;
  return quantity.value ?? quantity.min ?? quantity.max;
}
