/** A form over the editable fields of a claim record, for corrections and for claims an analyst adds. */
import type { Bound, Claim, Outcome, Rate, Speaker, Stance, SubjectKind } from '../../src/contracts/claim.js';
import { OUTCOMES } from '../../src/contracts/claim.js';
import { el, input, labelled, select } from './dom.js';

export type ClaimFields = Omit<Claim, 'id' | 'doc' | 'sentence'>;

const STANCES: readonly Stance[] = ['confirmed', 'asserted', 'estimated', 'alleged', 'denied', 'reported'];
const BOUNDS: readonly Bound[] = ['exact', 'approx', 'lower', 'upper', 'range', 'vague'];
const RATES: readonly Rate[] = ['day', 'week', 'month'];
const KINDS: readonly SubjectKind[] = ['military', 'civilian', 'mixed'];

function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function numberOrNull(value: string): number | null {
  const trimmed = value.trim().replace(/,/g, '');
  if (trimmed === '') return null;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : null;
}

export function claimFieldsForm(initial: Partial<ClaimFields>, submitLabel: string): { form: HTMLFormElement; read: () => ClaimFields } {
  const q = initial.quantity;
  const c = {
    outcome: select('outcome', OUTCOMES, initial.outcome ?? 'killed', ''),
    stance: select('stance', STANCES, initial.stance ?? 'asserted', ''),
    manner: input('manner', initial.manner ?? ''),
    quantityText: input('quantity.text', q?.text ?? ''),
    value: input('quantity.value', q ? String(q.value) : '', { inputmode: 'numeric' }),
    min: input('quantity.min', q?.min != null ? String(q.min) : '', { inputmode: 'numeric' }),
    max: input('quantity.max', q?.max != null ? String(q.max) : '', { inputmode: 'numeric' }),
    bound: select('quantity.bound', BOUNDS, q?.bound ?? 'exact', ''),
    rate: select('rate', RATES, initial.rate ?? '', 'none'),
    subjectText: input('subject.text', initial.subject?.text ?? ''),
    affiliation: input('subject.affiliation', initial.subject?.affiliation ?? '', { maxlength: 2, placeholder: 'KP' }),
    kind: select('subject.kind', KINDS, initial.subject?.kind ?? '', 'unknown'),
    periodText: input('period.text', initial.period?.text ?? ''),
    periodStart: input('period.start', initial.period?.start ?? '', { type: 'date' }),
    periodEnd: input('period.end', initial.period?.end ?? '', { type: 'date' }),
    placeText: input('location.text', initial.location?.text ?? ''),
    placeName: input('location.name', initial.location?.name ?? ''),
    placeCountry: input('location.country', initial.location?.country ?? '', { maxlength: 2 }),
    speakerText: input('speaker.text', initial.speaker?.text ?? ''),
    speakerName: input('speaker.name', initial.speaker?.name ?? ''),
    speakerOrg: input('speaker.org', initial.speaker?.org ?? ''),
    speakerCountry: input('speaker.country', initial.speaker?.country ?? '', { maxlength: 2 }),
    via: input('via', initial.via ?? ''),
    relay: input('relay.text', initial.relay?.text ?? ''),
  };
  const form = el(
    'form',
    { class: 'claim-fields' },
    el('fieldset', {}, el('legend', {}, 'What'), labelled('Outcome', c.outcome), labelled('Stance', c.stance), labelled('Manner', c.manner), labelled('Rate', c.rate)),
    el('fieldset', {}, el('legend', {}, 'Number'), labelled('As written', c.quantityText), labelled('Value', c.value), labelled('Min', c.min), labelled('Max', c.max), labelled('Bound', c.bound)),
    el('fieldset', {}, el('legend', {}, 'Counted group'), labelled('As written', c.subjectText), labelled('Side (ISO)', c.affiliation), labelled('Kind', c.kind)),
    el('fieldset', {}, el('legend', {}, 'Period'), labelled('As written', c.periodText), labelled('Start', c.periodStart), labelled('End', c.periodEnd)),
    el('fieldset', {}, el('legend', {}, 'Place'), labelled('As written', c.placeText), labelled('Name', c.placeName), labelled('Country', c.placeCountry)),
    el('fieldset', {}, el('legend', {}, 'Speaker'), labelled('As written', c.speakerText), labelled('Name', c.speakerName), labelled('Organisation', c.speakerOrg), labelled('Country', c.speakerCountry), labelled('Via', c.via), labelled('Relayed by', c.relay)),
    el('button', { type: 'submit' }, submitLabel),
  );

  const read = (): ClaimFields => {
    const value = numberOrNull(c.value.value);
    const speakerText = orNull(c.speakerText.value) ?? orNull(c.speakerName.value) ?? orNull(c.speakerOrg.value);
    const placeName = orNull(c.placeName.value);
    const hasPeriod = orNull(c.periodText.value) ?? orNull(c.periodStart.value) ?? orNull(c.periodEnd.value);
    return {
      outcome: c.outcome.value as Outcome,
      manner: orNull(c.manner.value),
      subject: { text: c.subjectText.value.trim(), affiliation: orNull(c.affiliation.value)?.toUpperCase() ?? null, kind: (orNull(c.kind.value) as SubjectKind | null) ?? null },
      quantity:
        value === null
          ? null
          : { text: orNull(c.quantityText.value) ?? String(value), value, min: numberOrNull(c.min.value), max: numberOrNull(c.max.value), bound: c.bound.value as Bound },
      rate: (orNull(c.rate.value) as Rate | null) ?? null,
      period: hasPeriod ? { text: c.periodText.value.trim(), start: orNull(c.periodStart.value), end: orNull(c.periodEnd.value) } : null,
      location: placeName ? { text: orNull(c.placeText.value) ?? placeName, name: placeName, country: orNull(c.placeCountry.value)?.toUpperCase() ?? null } : null,
      speaker: speakerText
        ? { text: speakerText, name: orNull(c.speakerName.value), org: orNull(c.speakerOrg.value), country: orNull(c.speakerCountry.value)?.toUpperCase() ?? null }
        : null,
      via: orNull(c.via.value),
      relay: relayOf(orNull(c.relay.value), initial.relay ?? null),
      stance: c.stance.value as Stance,
      confidence: initial.confidence ?? 1,
    };
  };
  return { form, read };
}

/** The relay as typed: the claim's own when its text is unchanged, else a bare speaker with only its text. */
function relayOf(text: string | null, initial: Speaker | null): Speaker | null {
  if (!text) return null;
  return initial && initial.text === text ? initial : { text, name: null, org: null, country: null };
}
