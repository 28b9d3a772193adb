/**
 * The gold annotation format of ../shared/spec/gold.md: one JSON document per line,
 * each naming a text file and listing the claims a perfect extractor would find in it.
 */
import path from 'node:path';
import { BOUNDS, OUTCOMES, RATES, STANCES, SUBJECT_KINDS, type Bound, type Outcome, type Rate, type Stance, type SubjectKind } from '../contracts/claim.js';

export interface GoldPeriod {
  text: string;
  /** Length of the period in days. */
  days: number;
}

export interface GoldClaim {
  outcome: Outcome;
  manner: string | null;
  /** The number as stated; null for a denial or a bare "some". */
  value: number | null;
  bound: Bound | null;
  max: number | null;
  subject_text: string | null;
  subject_affiliation?: string | null;
  subject_kind: SubjectKind | null;
  location_text: string | null;
  /** One lower-case token the predicted speaker must contain, or null when unattributed. */
  speaker_key: string | null;
  stance: Stance;
  via?: string | null;
  /** One lower-case token the predicted relay must contain ("yonhap"), or null when the speaker spoke directly. Read, not yet scored. */
  relay_key?: string | null;
  period?: GoldPeriod | null;
  rate?: Rate | null;
  /** A vague mention that is neither required nor penalised. */
  optional?: boolean;
  evidence: string;
}

export interface GoldDocument {
  /** File name of the text, relative to the gold file's folder or to --texts. */
  doc: string;
  /** "YYYY-MM-DD" or null. */
  published: string | null;
  claims: GoldClaim[];
}

/** A problem with one line; parseGold adds the file:line. */
class GoldLineError extends Error {}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return value === undefined ? 'missing' : JSON.stringify(value);
}

function oneOf<T extends string>(record: Json, key: string, allowed: readonly T[], nullable: boolean, where: string): T | null {
  const value = record[key];
  if (value === null && nullable) return null;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  const options = [...allowed, ...(nullable ? ['null'] : [])].join(' | ');
  throw new GoldLineError(`${where}: ${key} is ${describe(value)}, expected ${options}`);
}

function nullableString(record: Json, key: string, where: string): string | null {
  const value = record[key];
  if (value === null || typeof value === 'string') return value;
  throw new GoldLineError(`${where}: ${key} is ${describe(value)}, expected a string or null`);
}

function nullableNumber(record: Json, key: string, where: string): number | null {
  const value = record[key];
  if (value === null || (typeof value === 'number' && Number.isFinite(value))) return value;
  throw new GoldLineError(`${where}: ${key} is ${describe(value)}, expected a number or null`);
}

function parsePeriod(value: unknown, where: string): GoldPeriod | null {
  if (value === null) return null;
  if (isObject(value) && typeof value.text === 'string' && typeof value.days === 'number' && value.days > 0) {
    return { text: value.text, days: value.days };
  }
  throw new GoldLineError(`${where}: period is ${describe(value)}, expected null or { "text": string, "days": positive number }`);
}

function parseClaim(value: unknown, where: string): GoldClaim {
  if (!isObject(value)) throw new GoldLineError(`${where} is not an object`);
  const evidence = value.evidence;
  if (typeof evidence !== 'string' || evidence.trim() === '') {
    throw new GoldLineError(`${where}: evidence is ${describe(evidence)}, expected a non-empty string`);
  }
  const claim: GoldClaim = {
    outcome: oneOf(value, 'outcome', OUTCOMES, false, where) as Outcome,
    manner: nullableString(value, 'manner', where),
    value: nullableNumber(value, 'value', where),
    bound: oneOf(value, 'bound', BOUNDS, true, where),
    max: nullableNumber(value, 'max', where),
    subject_text: nullableString(value, 'subject_text', where),
    subject_kind: oneOf(value, 'subject_kind', SUBJECT_KINDS, true, where),
    location_text: nullableString(value, 'location_text', where),
    speaker_key: nullableString(value, 'speaker_key', where),
    stance: oneOf(value, 'stance', STANCES, false, where) as Stance,
    evidence,
  };
  // Optional fields stay absent when absent: the scorer skips attributes the annotator did not give.
  if ('subject_affiliation' in value) claim.subject_affiliation = nullableString(value, 'subject_affiliation', where);
  if ('via' in value) claim.via = nullableString(value, 'via', where);
  if ('relay_key' in value) claim.relay_key = nullableString(value, 'relay_key', where);
  if ('period' in value) claim.period = parsePeriod(value.period, where);
  if ('rate' in value) claim.rate = oneOf(value, 'rate', RATES, true, where);
  if ('optional' in value) {
    if (typeof value.optional !== 'boolean') throw new GoldLineError(`${where}: optional is ${describe(value.optional)}, expected true or false`);
    claim.optional = value.optional;
  }
  return claim;
}

function parsePublished(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T12:00:00Z`))) {
    return value;
  }
  throw new GoldLineError(`published is ${describe(value)}, expected "YYYY-MM-DD" or null`);
}

function parseLine(line: string): GoldDocument {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new GoldLineError(`invalid JSON (${(error as Error).message})`);
  }
  if (!isObject(value)) throw new GoldLineError('a line must be a JSON object');
  if (typeof value.doc !== 'string' || value.doc.trim() === '') {
    throw new GoldLineError(`doc is ${describe(value.doc)}, expected the text's file name`);
  }
  if (!Array.isArray(value.claims)) throw new GoldLineError(`claims is ${describe(value.claims)}, expected an array`);
  return {
    doc: value.doc,
    published: parsePublished(value.published),
    claims: value.claims.map((claim, index) => parseClaim(claim, `claims[${index}]`)),
  };
}

/** Parses a gold JSONL file; blank lines are skipped; a bad line throws an Error naming file:line and the problem. */
export function parseGold(text: string, file: string): GoldDocument[] {
  const documents: GoldDocument[] = [];
  const lineOfDoc = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const lineNumber = index + 1;
    try {
      const document = parseLine(line);
      const earlier = lineOfDoc.get(document.doc);
      // A second line for the same text would count its claims twice.
      if (earlier !== undefined) throw new GoldLineError(`doc ${JSON.stringify(document.doc)} is already annotated at line ${earlier}`);
      lineOfDoc.set(document.doc, lineNumber);
      documents.push(document);
    } catch (error) {
      if (error instanceof GoldLineError) throw new Error(`${file}:${lineNumber}: ${error.message}`);
      throw error;
    }
  });
  return documents;
}

/** Where a gold document's text lives: under --texts when given, else next to the gold file. */
export function resolveTextPath(doc: string, goldFile: string, textsDir?: string): string {
  return path.resolve(textsDir ?? path.dirname(goldFile), doc);
}
