/** `corroborate eval`: reads a gold file and its texts, runs the extractor on each text and scores the result. */
import { readFile } from 'node:fs/promises';
import type { Claim } from '../contracts/claim.js';
import type { ExtractInput } from '../extract/extract.js';
import { IngestError } from '../ingest/errors.js';
import { DEFAULT_MAX_BYTES, readFileSource } from '../ingest/inputs.js';
import { identifyText } from '../ingest/normalise.js';
import { unattributedSpeakerOf } from '../extract/issuing-speakers.js';
import { documentsOf } from '../ingest/read.js';
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

export interface GoldText {
  /** The document's text as ingest stores it (front matter and markup gone, normalised); claim offsets point into it. */
  text: string;
  id: string;
  /** What the file says of its own publication (front matter, meta tags), when it says. */
  published: string | null;
  /** The channel a forwarded post came from, when the file is one. */
  forwardedFrom: string | null;
}

/**
 * A gold document's text read exactly as `ingest` and `extract` read the file: a Markdown file's front
 * matter is not text, an HTML page goes through Readability. A file that reads as several documents
 * (a feed, an export) cannot be one gold document.
 */
export async function readGoldText(file: string, doc: string): Promise<GoldText> {
  try {
    const { drafts } = documentsOf(await readFileSource(file, DEFAULT_MAX_BYTES));
    if (drafts.length !== 1) throw new Error(`text of gold document ${doc}: ${file}: reads as ${drafts.length} documents, a gold line needs one`);
    const draft = drafts[0]!;
    const identified = identifyText(draft.text);
    if (!identified) throw new Error(`text of gold document ${doc}: ${file}: no text`);
    return { ...identified, published: draft.published, forwardedFrom: unattributedSpeakerOf(draft) };
  } catch (error) {
    if (error instanceof IngestError) throw new Error(`text of gold document ${doc}: ${file}: ${error.reason}`);
    throw error;
  }
}

export async function evaluateGoldFile(goldFile: string, { textsDir, extract }: EvaluateOptions): Promise<EvalReport> {
  const gold = parseGold(await readFile(goldFile, 'utf8'), goldFile);
  const inputs: ScoringInput[] = [];
  for (const document of gold) {
    const { text, id, published, forwardedFrom } = await readGoldText(resolveTextPath(document.doc, goldFile, textsDir), document.doc);
    // The gold's date wins: it is what the annotator resolved relative periods against.
    const predicted = extract({ id, text, published: document.published !== null ? publishedAtNoon(document.published) : published, forwardedFrom });
    inputs.push({ gold: document, text, predicted });
  }
  return scoreDocuments(inputs);
}
