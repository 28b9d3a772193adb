import { BOUNDS, OUTCOMES, RATES, STANCES, SUBJECT_KINDS } from './claim.js';

/**
 * Whether a value written by someone other than the extractor (a review's
 * correction, an added claim, a claim read back from a backup) has the shape
 * of ../shared/spec/claims.md. Reconcile trusts every claim in the store, so
 * one malformed correction would otherwise put NaN figures, or a crash, on
 * the board for good. Each check returns the problems it found, in words.
 */
type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown): boolean => value === null || isText(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isDay = (value: unknown): value is string =>
  isText(value) && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

function oneOf(name: string, value: unknown, allowed: readonly string[], nullable: boolean): string[] {
  if (nullable && value === null) return [];
  return allowed.includes(value as string) ? [] : [`${name} must be ${nullable ? 'null or ' : ''}one of ${allowed.join(', ')}`];
}

/** Fields of one object that must be text (or text or null). */
function textFields(name: string, value: Fields, text: readonly string[], textOrNull: readonly string[]): string[] {
  return [
    ...text.filter((key) => !isText(value[key])).map((key) => `${name}.${key} must be text`),
    ...textOrNull.filter((key) => !isTextOrNull(value[key])).map((key) => `${name}.${key} must be text or null`),
  ];
}

function quantityProblems(value: unknown): string[] {
  if (value === null) return [];
  if (!isObject(value)) return ['quantity must be null or an object'];
  const problems = textFields('quantity', value, ['text'], []);
  if (!isNumber(value.value) || value.value < 0) problems.push('quantity.value must be a number of people (0 or more)');
  for (const key of ['min', 'max']) if (value[key] !== null && !isNumber(value[key])) problems.push(`quantity.${key} must be a number or null`);
  if (isNumber(value.min) && isNumber(value.max) && value.min > value.max) problems.push('quantity.min must not exceed quantity.max');
  return [...problems, ...oneOf('quantity.bound', value.bound, BOUNDS, false)];
}

function periodProblems(value: unknown): string[] {
  if (value === null) return [];
  if (!isObject(value)) return ['period must be null or an object'];
  const problems = textFields('period', value, ['text'], []);
  for (const key of ['start', 'end']) if (value[key] !== null && !isDay(value[key])) problems.push(`period.${key} must be a date (YYYY-MM-DD) or null`);
  if (isDay(value.start) && isDay(value.end) && value.start > value.end) problems.push('period.start must not be after period.end');
  return problems;
}

function speakerProblems(name: string, value: unknown): string[] {
  if (value === null) return [];
  return isObject(value) ? textFields(name, value, ['text'], ['name', 'org', 'country']) : [`${name} must be null or an object`];
}

/** Fields a record written before they were added may lack: read as null. */
const LATER_FIELDS = new Set(['relay', 'incident']);

const FIELD_CHECKS: Record<string, (value: unknown) => string[]> = {
  outcome: (value) => oneOf('outcome', value, OUTCOMES, false),
  manner: (value) => (isTextOrNull(value) ? [] : ['manner must be text or null']),
  subject: (value) =>
    isObject(value) ? [...textFields('subject', value, ['text'], ['affiliation']), ...oneOf('subject.kind', value.kind, SUBJECT_KINDS, true)] : ['subject must be an object'],
  quantity: quantityProblems,
  rate: (value) => oneOf('rate', value, RATES, true),
  period: periodProblems,
  location: (value) => (value === null ? [] : isObject(value) ? textFields('location', value, ['text', 'name'], ['country']) : ['location must be null or an object']),
  speaker: (value) => speakerProblems('speaker', value),
  via: (value) => (isTextOrNull(value) ? [] : ['via must be text or null']),
  relay: (value) => speakerProblems('relay', value),
  incident: (value) =>
    value === null ? []
    : !isObject(value) ? ['incident must be null or an object']
    : [...textFields('incident', value, ['text'], []), ...(value.date === undefined || value.date === null || isDay(value.date) ? [] : ['incident.date must be a date (YYYY-MM-DD) or null'])],
  stance: (value) => oneOf('stance', value, STANCES, false),
  confidence: (value) => (isNumber(value) && value >= 0 && value <= 1 ? [] : ['confidence must be a number from 0 to 1']),
};

/** The claim fields a review may set: each one present must have its claims.md shape. */
export function claimFieldProblems(fields: Fields): string[] {
  return Object.entries(fields).flatMap(([key, value]) => FIELD_CHECKS[key]?.(value) ?? []);
}

export const CLAIM_FIELDS: readonly string[] = Object.keys(FIELD_CHECKS);

/** A whole claim record, and its sentence against its document's text when that is given. */
export function claimProblems(claim: unknown, documentText?: string): string[] {
  if (!isObject(claim)) return ['a claim must be an object'];
  const problems: string[] = [];
  if (!isText(claim.id) || !claim.id) problems.push('id must be text');
  if (!isText(claim.doc) || !claim.doc) problems.push('doc must be text');
  const sentence = claim.sentence;
  if (!isObject(sentence) || !Number.isInteger(sentence.start) || !Number.isInteger(sentence.end) || !isText(sentence.text) || (sentence.start as number) < 0 || (sentence.start as number) >= (sentence.end as number)) {
    problems.push('sentence must have integer offsets start < end and its text');
  } else if (documentText !== undefined && documentText.slice(sentence.start as number, sentence.end as number) !== sentence.text) {
    problems.push('sentence.text is not the document text at its offsets');
  }
  const missing = CLAIM_FIELDS.filter((key) => !(key in claim) && !LATER_FIELDS.has(key));
  if (missing.length > 0) problems.push(`missing ${missing.join(', ')}`);
  return [...problems, ...claimFieldProblems(Object.fromEntries(CLAIM_FIELDS.filter((key) => key in claim).map((key) => [key, claim[key]])))];
}
