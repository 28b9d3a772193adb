import { stat } from 'node:fs/promises';
import { evaluateGoldFile } from '../eval/run.js';
import { evaluateScenarios } from '../eval/scenario.js';
import { extractClaims } from '../extract/extract.js';
import { formatEvalReport, formatScenarioReport } from '../report/eval.js';
import { EXIT } from './exit-codes.js';

export interface EvalOptions {
  texts?: string;
  json: boolean;
  verbose: boolean;
  minF1?: number;
  minFound?: number;
  minSpeaker?: number;
  minOrigins?: number;
  minFigures?: number;
  minVerdicts?: number;
  maxFalseAccusations?: number;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Each threshold that the measured figure falls below, as a message; a threshold with nothing measured is not failed. */
function shortfalls(checks: ReadonlyArray<readonly [string, number | undefined, number | null, string]>): string[] {
  return checks.flatMap(([label, minimum, measured, option]) =>
    minimum !== undefined && measured !== null && measured < minimum ? [`${label} ${measured.toFixed(3)} is below ${option} ${minimum}`] : [],
  );
}

export async function runEval(target: string, opts: EvalOptions): Promise<number> {
  let failed: string[];
  if (await isDirectory(target)) {
    const report = await evaluateScenarios(target);
    process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : formatScenarioReport(report, { verbose: opts.verbose }));
    failed = shortfalls([
      ['named claims found', opts.minFound, report.named === 0 ? null : report.found / report.named, '--min-found'],
      ['speakers right', opts.minSpeaker, report.speakersScored === 0 ? null : report.speakersRight / report.speakersScored, '--min-speaker'],
      ['origins F1', opts.minOrigins, report.origins.f1, '--min-origins'],
      ['figures F1', opts.minFigures, report.figures.f1, '--min-figures'],
      ['verdicts given', opts.minVerdicts, report.verdictsExpected === 0 ? null : report.verdictsRight / report.verdictsExpected, '--min-verdicts'],
    ]);
    if (opts.maxFalseAccusations !== undefined && report.falseAccusations > opts.maxFalseAccusations) {
      failed.push(`${report.falseAccusations} false accusations, more than --max-false-accusations ${opts.maxFalseAccusations}`);
    }
  } else {
    const report = await evaluateGoldFile(target, { textsDir: opts.texts, extract: extractClaims });
    process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : `${formatEvalReport(report, { verbose: opts.verbose })}\n`);
    failed = shortfalls([
      ['claim F1', opts.minF1, report.f1, '--min-f1'],
      ['speaker accuracy', opts.minSpeaker, report.attributes.speaker.accuracy, '--min-speaker'],
    ]);
  }
  for (const message of failed) process.stderr.write(`corroborate: ${message}\n`);
  return failed.length > 0 ? EXIT.inputFailed : EXIT.ok;
}
