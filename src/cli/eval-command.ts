import { evaluateGoldFile } from '../eval/run.js';
import { extractClaims } from '../extract/extract.js';
import { formatEvalReport } from '../report/eval.js';
import { EXIT } from './exit-codes.js';

export async function runEval(goldFile: string, opts: { texts?: string; json: boolean; verbose: boolean; minF1?: number }): Promise<number> {
  const report = await evaluateGoldFile(goldFile, { textsDir: opts.texts, extract: extractClaims });
  process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : `${formatEvalReport(report, { verbose: opts.verbose })}\n`);
  if (opts.minF1 !== undefined && report.f1 < opts.minF1) {
    process.stderr.write(`corroborate: claim F1 ${report.f1.toFixed(3)} is below --min-f1 ${opts.minF1}\n`);
    return EXIT.inputFailed;
  }
  return EXIT.ok;
}
