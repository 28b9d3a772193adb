/** The terminal report of `corroborate eval`; `--json` prints the EvalReport itself. */
import { ATTRIBUTES, type DocumentScore, type EvalReport } from '../eval/score.js';
import type { ScenarioReport, ScenarioSetReport } from '../eval/scenario.js';
import { oneLine } from './text-table.js';

function figure(value: number | null): string {
  return value === null ? '   —' : value.toFixed(2);
}

function quoted(text: string, max = 100): string {
  const line = oneLine(text);
  return `"${line.length > max ? `${line.slice(0, max - 1)}…` : line}"`;
}

function valueText(value: number | null): string {
  return value === null ? 'no number' : String(value);
}

function headerLines(report: EvalReport): string[] {
  const optional = report.optionalGold > 0 ? `; optional gold ${report.optionalMatched}/${report.optionalGold} matched, not counted` : '';
  return [
    `claims  P ${figure(report.precision)}  R ${figure(report.recall)}  F1 ${figure(report.f1)}  ` +
      `(tp ${report.tp}, fp ${report.fp}, fn ${report.fn}; ${report.gold} gold, ${report.predicted} predicted, ${report.documents} documents${optional})`,
  ];
}

function attributeLines(report: EvalReport): string[] {
  const width = Math.max(...ATTRIBUTES.map((name) => name.length)) + 2;
  return ATTRIBUTES.map((name) => {
    const { right, total, accuracy } = report.attributes[name];
    return `${name.padEnd(width)}${figure(accuracy)}  (${right}/${total})`;
  });
}

function documentLines(score: DocumentScore): string[] {
  if (score.missed.length === 0 && score.falsePositives.length === 0 && score.wrongAttributes.length === 0) return [];
  const lines = [`${oneLine(score.doc)}  tp ${score.tp}  fp ${score.fp}  fn ${score.fn}`];
  for (const miss of score.missed) {
    const near = miss.overlapping.map((o) => `${o.outcome} ${valueText(o.value)}`).join(', ');
    lines.push(`  missed  ${miss.outcome} ${valueText(miss.value)}  ${quoted(miss.evidence)}${near ? `  (predicted there: ${near})` : ''}`);
  }
  for (const fp of score.falsePositives) {
    lines.push(`  extra   ${fp.outcome} ${valueText(fp.value)}  @${fp.start}  ${quoted(fp.sentence)}`);
  }
  for (const wrong of score.wrongAttributes) {
    lines.push(`  wrong ${wrong.attribute}: gold ${oneLine(wrong.gold)}, predicted ${oneLine(wrong.predicted)}  ${quoted(wrong.evidence, 60)}`);
  }
  return lines;
}

export function formatEvalReport(report: EvalReport, { verbose }: { verbose: boolean }): string {
  const sections = [headerLines(report), attributeLines(report)];
  if (verbose) {
    const details = report.perDocument.flatMap(documentLines);
    if (details.length > 0) sections.push(details);
  }
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

function share(right: number, total: number): string {
  return total === 0 ? '   —' : (right / total).toFixed(2);
}

function scenarioDetailLines(report: ScenarioReport): string[] {
  const lines: string[] = [];
  for (const input of report.unreadable) lines.push(`  unreadable  ${input.input}: ${input.reason}`);
  for (const result of report.results) {
    if (!result.found) {
      const near = result.near.map((n) => `${n.outcome} ${valueText(n.value)}`).join(', ');
      lines.push(`  missed  ${result.name}  ${result.outcome} ${valueText(result.value)}  ${quoted(result.evidence)}${near ? `  (predicted there: ${near})` : ''}`);
    } else if (result.speakerRight === false) {
      const expected = result.expectedSpeaker === null ? 'no speaker' : JSON.stringify(result.expectedSpeaker);
      const chosen = result.predictedSpeaker === null ? 'no speaker' : quoted(result.predictedSpeaker, 60);
      lines.push(`  wrong speaker  ${result.name}: expected ${expected}, chose ${chosen}  ${quoted(result.evidence, 60)}`);
    }
  }
  for (const claim of report.falseClaims) lines.push(`  false claim  ${claim.outcome} ${valueText(claim.value)}  ${quoted(claim.evidence)}`);
  return lines;
}

/** The terminal report of `corroborate eval` on scenario folders: named claims found and their speakers. */
export function formatScenarioReport(report: ScenarioSetReport, { verbose }: { verbose: boolean }): string {
  const width = Math.max(8, ...report.scenarios.map((s) => s.scenario.length)) + 2;
  const row = (name: string, found: number, named: number, right: number, scored: number, falseClaims: number, documents: string) =>
    `${name.padEnd(width)}found ${share(found, named)} (${found}/${named})  speakers ${share(right, scored)} (${right}/${scored})  false claims ${falseClaims}${documents}`;
  const boardRow = (origins: number | null, figures: number | null, right: number, expected: number, accusations: number) =>
    `${''.padEnd(width)}origins F1 ${f1Text(origins)}  figures F1 ${f1Text(figures)}  verdicts ${share(right, expected)} (${right}/${expected})  false accusations ${accusations}`;
  const lines = report.scenarios.flatMap((s) => [
    row(s.scenario, s.found, s.named, s.speakersRight, s.speakersScored, s.falseClaims.length, `  (${s.documents} documents)`),
    boardRow(s.board.origins.f1, s.board.figures.f1, s.board.verdictsRight, s.board.verdictsExpected, s.board.falseAccusations.length),
    ...(verbose ? [...scenarioDetailLines(s), ...boardDetailLines(s)] : []),
  ]);
  if (report.scenarios.length > 1) {
    lines.push('', row('all', report.found, report.named, report.speakersRight, report.speakersScored, report.falseClaims, ''));
    lines.push(boardRow(report.origins.f1, report.figures.f1, report.verdictsRight, report.verdictsExpected, report.falseAccusations));
  }
  return `${lines.join('\n')}\n`;
}

function f1Text(f1: number | null): string {
  return f1 === null ? '   —' : f1.toFixed(2);
}

function boardDetailLines({ board }: ScenarioReport): string[] {
  const pair = ([a, b]: [string, string]) => `${a} + ${b}`;
  return [
    ...board.origins.joined.map((p) => `  origins joined  ${pair(p)}`),
    ...board.origins.split.map((p) => `  origins split  ${pair(p)}`),
    ...board.figures.joined.map((p) => `  figures joined  ${pair(p)}`),
    ...board.figures.split.map((p) => `  figures split  ${pair(p)}`),
    ...board.missedVerdicts.map((m) => `  missed verdict  ${m.a} ${m.expected} ${m.b}: the board gives ${m.given}`),
    ...board.falseAccusations.map((f) => `  FALSE ACCUSATION  ${f.a} ${f.verdict} ${f.b}: ${quoted(f.why, 160)}`),
  ];
}
