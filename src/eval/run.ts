/** `corroborate eval`: reads a gold file and its texts, runs the extractor on each text and scores the result. */
import { readFile } from 'node:fs/promises';
import type { Claim } from '../contracts/claim.js';
import type { ExtractInput } from '../extract/extract.js';
import { parseGold, resolveTextPath } from './gold.js';
import { scoreDocuments, type EvalReport, type ScoringInput } from './score.js';

export type { ExtractInput } from '../extract/extract.js';

export interface EvaluateOptions {
  textsDir?: string;
  extract: (doc: ExtractInput) => Claim[];
}

/** A gold date is a day; noon UTC keeps it the same calendar day in every time zone an extractor might use. */
export function publishedAtNoon(date: string | null): string | null {
  return date === null ? null : `${date}T12:00:00.000Z`;
}

async function readText(file: string, doc: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'not found' : (error as Error).message;
    throw new Error(`text of gold document ${doc}: ${file}: ${reason}`);
  }
}

export async function evaluateGoldFile(goldFile: string, { textsDir, extract }: EvaluateOptions): Promise<EvalReport> {
  const gold = parseGold(await readFile(goldFile, 'utf8'), goldFile);
  const inputs: ScoringInput[] = [];
  for (const document of gold) {
    const text = await readText(resolveTextPath(document.doc, goldFile, textsDir), document.doc);
    const predicted = extract({ id: document.doc, text, published: publishedAtNoon(document.published) });
    inputs.push({ gold: document, text, predicted });
  }
  return scoreDocuments(inputs);
}
