import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Board } from '../../src/contracts/board.js';
import type { Claim } from '../../src/contracts/claim.js';
import { claimProblems } from '../../src/contracts/claim-check.js';
import type { Source } from '../../src/contracts/document.js';
import { findNumbers } from '../../src/extract/numbers.js';
import { findPeriods } from '../../src/extract/periods.js';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from '../reconcile/build.js';
import { extractClaims } from '../../src/extract/extract.js';
import { IngestError } from '../../src/ingest/errors.js';
import { documentsOf } from '../../src/ingest/read.js';
import { warcUnits } from '../../src/ingest/warc.js';
import { warcFile, type WarcEntry } from '../support/warc.js';

/** One fuzz target: inputs to generate and what must hold for each. */
export interface FuzzTarget<T = unknown> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  /** Throws (an assertion) when the property fails; may be async. */
  property: (value: T) => void | Promise<void>;
  async: boolean;
}

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function fixtureTexts(subdirectory: string): string[] {
  return filesUnder(join(FIXTURES, subdirectory)).map((path) => readFileSync(path, 'utf8'));
}

/** A mix of unicode garbage and the given format fragments. */
function structuredGarbage(fragments: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...fragments) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.nat(100_000).map(String) },
  );
  return fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));
}

/** A fixture cut, spliced and sprinkled with garbage at random places. */
function mutated(texts: readonly string[], fragments: readonly string[]): fc.Arbitrary<string> {
  const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), drop: fc.nat(40), insert: structuredGarbage(fragments) });
  return fc.tuple(fc.constantFrom(...texts), fc.array(edit, { maxLength: 6 })).map(([text, edits]) =>
    edits.reduce((current, { at, drop, insert }) => {
      const position = Math.floor(at * current.length);
      return current.slice(0, position) + insert + current.slice(position + drop);
    }, text),
  );
}

function inputsFor(texts: readonly string[], fragments: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(mutated(texts, fragments), structuredGarbage(fragments), fc.string({ unit: 'binary', maxLength: 200 }));
}

const CASUALTY_FRAGMENTS = [
  ' killed ', ' wounded ', ' dead', ' injured ', ' soldiers', ' civilians', ' at least ', ' more than ', ' up to ', ' between ', ' and ', ' or ',
  ' said', ' according to ', ' the ministry ', ' Ukraine', ' Russia', ' Gaza', '. ', '.', ',', ' ', '\n', '\n\n', '"', '\u201C', '\u201D', '(', ')',
  '3,000', '1.5', '12', 'dozens', 'hundreds', 'thousands', ' million', 'bn', 'k', '%', '-', '\u2013', '~', '1.3e6', '11\u00A0000', ' on Monday', ' last week', ' over three days',
];
const HTML_FRAGMENTS = ['<html>', '<head>', '<title>', '</title>', '<body>', '</body>', '<p>', '</p>', '<script>', '</script>', '<article>', '<meta property="og:title" content="', '">', '<!--', '-->', '&amp;', '&#x', ';', '<![CDATA[', ']]>', ...CASUALTY_FRAGMENTS];
const FEED_FRAGMENTS = ['<?xml version="1.0"?>', '<rss version="2.0">', '<channel>', '</channel>', '<item>', '</item>', '<title>', '</title>', '<description>', '</description>', '<pubDate>', 'Mon, 02 Jan 2023 10:00:00 GMT', '</pubDate>', '<feed xmlns="http://www.w3.org/2005/Atom">', '<entry>', '</entry>', '<content type="html">', '</content>', '<link href="', '"/>', '<!DOCTYPE x [<!ENTITY a "b">]>', '&a;', '&lt;', '<![CDATA[', ']]>', ...CASUALTY_FRAGMENTS];
const JSON_FRAGMENTS = ['{', '}', '[', ']', ',', ':', '"', 'null', 'true', '1700000000', '"text"', '"messages"', '"type"', '"message"', '"date"', '"date_unixtime"', '"text_entities"', '"name"', '"id"', '"chats"', '"list"', '"username"', '"url"', '"published"', '"title"', '\\u0000', '\\"', ...CASUALTY_FRAGMENTS];

const SOURCE_SHAPES: ReadonlyArray<{ name: string; contentType: string | null }> = [
  { name: 'input.txt', contentType: 'text/plain' },
  { name: 'input.md', contentType: 'text/markdown' },
  { name: 'input.html', contentType: 'text/html' },
  { name: 'feed.xml', contentType: 'application/rss+xml' },
  { name: 'atom.xml', contentType: 'application/atom+xml' },
  { name: 'result.json', contentType: 'application/json' },
  { name: 'input.ndjson', contentType: 'application/x-ndjson' },
  { name: 'unnamed', contentType: null },
];

function sourceOf(name: string, contentType: string | null, bytes: Buffer): Source {
  return { name, bytes, contentType, url: null, retrieved: '2024-12-28T12:00:00.000Z' };
}

/** The claims.md invariants every record keeps, whatever the input. */
export function assertClaimsValid(text: string, claims: readonly Claim[]): void {
  for (const claim of claims) {
    const { start, end } = claim.sentence;
    assert.ok(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length, `sentence offsets ${start}..${end} outside text of ${text.length}`);
    assert.equal(claim.sentence.text, text.slice(start, end), 'sentence.text is not the text at its offsets');
    const period = claim.period;
    if (period?.start && period.end) assert.ok(period.start <= period.end, `period ${period.start} after ${period.end}`);
    if (claim.quantity) {
      assert.ok(Number.isFinite(claim.quantity.value), `quantity value ${claim.quantity.value}`);
      const { min, max } = claim.quantity;
      if (min !== null && max !== null) assert.ok(min <= max, `quantity min ${min} > max ${max}`);
    }
    assert.deepEqual(claimProblems(claim, text), [], 'the claim breaks the claims.md shape');
  }
}

/** documentsOf either returns documents whose claims are sound or throws IngestError; nothing else. */
function assertIngestsOrRefuses(source: Source): void {
  let drafts;
  try {
    drafts = documentsOf(source).drafts;
  } catch (error) {
    if (error instanceof IngestError) return;
    throw error;
  }
  for (const draft of drafts) {
    assert.equal(typeof draft.text, 'string');
    assertClaimsValid(draft.text, extractClaims({ id: 'd_fuzz', text: draft.text, published: draft.published }));
  }
}

function ingestTarget(name: string, fileName: string, contentType: string | null, arbitrary: fc.Arbitrary<string>): FuzzTarget<string> {
  return {
    name,
    arbitrary,
    property: (text) => assertIngestsOrRefuses(sourceOf(fileName, contentType, Buffer.from(text, 'utf8'))),
    async: false,
  };
}

/** A well-formed document of a format, sometimes with one or two edits that may break it. */
function lightlyMutated(wellFormed: fc.Arbitrary<string>, fragments: readonly string[]): fc.Arbitrary<string> {
  const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), drop: fc.nat(4), insert: fc.constantFrom(...fragments) });
  return fc.tuple(wellFormed, fc.array(edit, { maxLength: 2 })).map(([text, edits]) =>
    edits.reduce((current, { at, drop, insert }) => {
      const position = Math.floor(at * current.length);
      return current.slice(0, position) + insert + current.slice(position + drop);
    }, text),
  );
}

const prose = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...CASUALTY_FRAGMENTS, 'The', 'army', 'reported', 'Kyiv', 'officials'), { minLength: 1, maxLength: 30 }).map((words) => words.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);
/** A JSON value for a field that should be a string: usually one, sometimes not. */
const looseString = fc.oneof({ weight: 30, arbitrary: prose }, { weight: 1, arbitrary: fc.constantFrom(null, 0, true, [], {}) });
const dateText = fc.constantFrom('2024-12-28', '2024-12-28T12:00:00Z', 'Mon, 02 Jan 2023 10:00:00 GMT', '2025-03-03T08:40:00', 'yesterday', '', '99999-99-99');

const ndjsonLine = fc
  .record(
    { text: looseString, html: looseString.map((value) => (typeof value === 'string' ? `<p>${value}</p>` : value)), title: looseString, published: dateText, url: fc.constantFrom('https://example.org/a', 'ftp://x', 'nope'), kind: fc.constantFrom('article', 'post', 'report', 'transcript', 'article', 'post', 'report', 'transcript', 'poem'), lang: fc.constantFrom('en', 'uk', ''), id: fc.nat() },
    { requiredKeys: [] },
  )
  .map((record) => JSON.stringify(record));
export const ndjsonDocument = fc.array(fc.oneof({ weight: 8, arbitrary: ndjsonLine }, { weight: 1, arbitrary: fc.constantFrom('', '  ', '[]', '{', 'null') }), { minLength: 1, maxLength: 6 }).map((lines) => lines.join('\n'));

const telegramEntity = fc.record({ type: fc.constantFrom('plain', 'bold', 'link', 'hashtag', 'text_link', 'mention'), text: prose, href: fc.constantFrom('https://t.me/x/1', 'javascript:x') }, { requiredKeys: ['type', 'text'] });
const telegramMessage = fc.record(
  {
    id: fc.nat(),
    type: fc.constantFrom('message', 'message', 'message', 'service', 'other'),
    date: dateText,
    date_unixtime: fc.constantFrom('1740984000', '0', 'x', '-1', '99999999999999'),
    from: looseString,
    forwarded_from: looseString,
    text: fc.oneof(prose, fc.array(fc.oneof(prose, telegramEntity), { maxLength: 4 })),
    text_entities: fc.array(telegramEntity, { maxLength: 4 }),
  },
  { requiredKeys: ['id', 'type', 'text'] },
);
const telegramChat = fc.record(
  { name: looseString, type: fc.constantFrom('public_channel', 'private_channel', 'private_group', 'personal_chat', 'bot_chat'), id: fc.nat(), username: fc.constantFrom('monitor', '', 'x y'), messages: fc.array(telegramMessage, { minLength: 1, maxLength: 5 }) },
  { requiredKeys: ['messages'] },
);
export const telegramExport = fc
  .oneof(telegramChat, fc.record({ chats: fc.record({ list: fc.array(telegramChat, { maxLength: 3 }) }), left_chats: fc.record({ list: fc.array(telegramChat, { maxLength: 2 }) }) }, { requiredKeys: [] }))
  .map((value) => JSON.stringify(value, null, 1));

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const feedText = fc.tuple(prose, fc.constantFrom('escaped', 'cdata', 'raw')).map(([text, how]) => (how === 'escaped' ? escapeXml(text) : how === 'cdata' ? `<![CDATA[<p>${text}</p>]]>` : text));
const rssItem = fc.tuple(feedText, feedText, dateText).map(([title, body, date]) => `<item><title>${title}</title><link>https://example.org/${title.length}</link><description>${body}</description><pubDate>${date}</pubDate></item>`);
const atomEntry = fc.tuple(feedText, feedText, dateText).map(([title, body, date]) => `<entry><title>${title}</title><link href="https://example.org/a"/><updated>${date}</updated><content type="html">${body}</content></entry>`);
const feedDocument = fc.oneof(
  fc.array(rssItem, { maxLength: 4 }).map((items) => `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${items.join('')}</channel></rss>`),
  fc.array(atomEntry, { maxLength: 4 }).map((entries) => `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>${entries.join('')}</feed>`),
);

/** Well-formed documents (lightly mutated) for most cases, plus fixture mutations and garbage. */
function structuredInputs(wellFormed: fc.Arbitrary<string>, texts: readonly string[], fragments: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof({ weight: 3, arbitrary: lightlyMutated(wellFormed, fragments) }, { weight: 1, arbitrary: inputsFor(texts, fragments) });
}

const textFixtures = [...fixtureTexts('text'), ...fixtureTexts('scenarios'), ...fixtureTexts('near-duplicates')];
const ndjsonFixtures = textFixtures.map((text, index) => `${JSON.stringify({ id: `n${index}`, text, published: '2024-12-28' })}\n${JSON.stringify({ text: text.slice(0, 200) })}\n`);

const warcEntry: fc.Arbitrary<WarcEntry> = fc.record({
  type: fc.constantFrom('response', 'resource', 'request', 'warcinfo'),
  url: fc.constantFrom('https://example.org/a', 'http://x/', 'not a url', ''),
  date: fc.constantFrom('2024-12-28T12:00:00Z', 'yesterday'),
  contentType: fc.constantFrom('text/html', 'text/plain; charset=utf-8', 'application/pdf', 'text/html; charset=latin1'),
  body: inputsFor(fixtureTexts('html'), HTML_FRAGMENTS),
  status: fc.constantFrom(200, 404, 301),
});

interface WarcCase {
  entries: WarcEntry[];
  gzip: boolean;
  cut: number | null;
  garbage: Uint8Array;
  garbageAt: number;
}

const warcCase: fc.Arbitrary<WarcCase> = fc.record({
  entries: fc.array(warcEntry, { minLength: 1, maxLength: 3 }),
  gzip: fc.boolean(),
  cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
  garbage: fc.uint8Array({ maxLength: 40 }),
  garbageAt: fc.double({ min: 0, max: 1, noNaN: true }),
});

/** warcUnits reports damage as error units and never throws; every unit it yields ingests or is refused with IngestError. */
async function assertWarcReads({ entries, gzip, cut, garbage, garbageAt }: WarcCase): Promise<void> {
  const { bytes } = await warcFile(entries, gzip);
  const length = cut === null ? bytes.length : Math.floor(cut * bytes.length);
  const at = Math.floor(garbageAt * length);
  const damaged = Buffer.concat([bytes.subarray(0, at), Buffer.from(garbage), bytes.subarray(at, length)]);
  const directory = mkdtempSync(join(tmpdir(), 'corroborate-fuzz-'));
  const path = join(directory, gzip ? 'input.warc.gz' : 'input.warc');
  try {
    writeFileSync(path, damaged);
    for await (const unit of warcUnits(path, 1024 * 1024)) {
      if ('source' in unit) assertIngestsOrRefuses(unit.source);
      else assert.equal(typeof unit.error, 'string');
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Every number mention lies inside the text, its text is the text at its offsets, and min ≤ max. */
function assertNumbersValid(text: string): void {
  for (const mention of findNumbers(text)) {
    assert.ok(mention.start >= 0 && mention.start < mention.end && mention.end <= text.length, `mention offsets ${mention.start}..${mention.end}`);
    assert.equal(mention.text, text.slice(mention.start, mention.end));
    assert.ok(mention.numberStart >= mention.start && mention.numberEnd <= mention.end && mention.numberStart < mention.numberEnd, 'number offsets outside the mention');
    assert.ok(Number.isFinite(mention.value), `value ${mention.value}`);
    if (mention.min !== null && mention.max !== null) assert.ok(mention.min <= mention.max, `min ${mention.min} > max ${mention.max}`);
  }
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD (not 2024-02-30). */
function isCalendarDay(value: string): boolean {
  return ISO_DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** Every period mention lies inside the sentence, its dates are real days, in order, and its length agrees with them. */
function assertPeriodsValid([sentence, published]: [string, Date | null]): void {
  for (const mention of findPeriods(sentence, published)) {
    assert.ok(mention.start >= 0 && mention.start < mention.end && mention.end <= sentence.length, `period offsets ${mention.start}..${mention.end}`);
    assert.equal(mention.text, sentence.slice(mention.start, mention.end));
    for (const day of [mention.startDate, mention.endDate]) if (day !== null) assert.ok(isCalendarDay(day), `not a calendar day: ${day}`);
    if (mention.startDate && mention.endDate) {
      assert.ok(mention.startDate <= mention.endDate, `period ${mention.startDate} after ${mention.endDate}`);
      if (mention.days !== null) {
        const days = (Date.parse(mention.endDate) - Date.parse(mention.startDate)) / 86_400_000 + 1;
        assert.equal(mention.days, days, `${mention.days} days for ${mention.startDate}..${mention.endDate}`);
      }
    }
    if (mention.days !== null) assert.ok(Number.isInteger(mention.days) && mention.days >= 1, `days ${mention.days}`);
  }
}

const TIME_FRAGMENTS = [
  ' on Monday', ' last week', ' in the last 24 hours', ' since October', ' since the start of the war', ' on December 14 and 15', ' between 1 and 3 March', ' in 2023',
  ' over the weekend', ' yesterday', ' overnight', ' this month', ' in February 2022', ' on 31 February', ' from May to', ' a day', ' per week', ' daily', ' 29 Feb 2023', ' 2024-13-45',
];
const periodInputs = fc.tuple(
  inputsFor(textFixtures, [...TIME_FRAGMENTS, ...CASUALTY_FRAGMENTS]),
  fc.option(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })),
);

/** Hand-made claims (test/reconcile/build.ts) drawn from small pools, so that speakers, numbers, days and stories collide. */
const claimSpec: fc.Arbitrary<Omit<ClaimSpec, 'id'>> = fc.record({
  doc: fc.constantFrom('d1', 'd2', 'd3', 'd4', 'd5', 'd6'),
  published: fc.constantFrom('2024-12-16', '2024-12-17', '2024-12-23', '2024-12-27', null),
  cluster: fc.constantFrom(undefined, 'd1', 'd3'),
  outcome: fc.constantFrom('killed', 'wounded', 'casualties', 'captured', 'missing', 'deployed'),
  value: fc.constantFrom(30, 100, 1000, 3000, 0, null),
  bound: fc.constantFrom('exact', 'lower', 'upper', 'approx', 'range', 'vague'),
  speaker: fc.constantFrom('Zelenskyy', 'Kim Byung-kee', null, undefined),
  speakerOrg: fc.constantFrom(undefined, 'General Staff', 'White House'),
  stance: fc.constantFrom(undefined, 'denied', 'estimated', 'reported'),
  affiliation: fc.constantFrom('KP', 'UA', 'RU', null),
  place: fc.constantFrom('Kursk', null, undefined),
  period: fc.constantFrom(null, { text: 'in the last week', start: '2024-12-16', end: '2024-12-22' }, { text: 'since December', start: '2024-12-01', end: null }, { text: 'on Monday', start: '2024-12-23', end: '2024-12-23' }),
  rate: fc.constantFrom(null, 'day', 'week'),
  sentence: fc.constantFrom(undefined, 'Officials said 100 soldiers were killed.', 'x'),
}, { requiredKeys: ['doc', 'published'] }) as fc.Arbitrary<Omit<ClaimSpec, 'id'>>;

/**
 * Reconcile on any claims: every claim is on exactly one figure and on the
 * board, relations join claims that exist, and the order claims arrive in
 * changes nothing.
 */
function assertBoardSound([specs, shuffleSeed]: [Array<Omit<ClaimSpec, 'id'>>, number]): void {
  const input = specs.map((spec, index) => sourced({ ...spec, id: `c${index}`, published: documentDay(specs, spec) }));
  const board = reconcile(input);
  assert.deepEqual(Object.keys(board.claims).sort(), input.map(({ claim }) => claim.id).sort(), 'every claim is on the board once');
  const placed = board.figures.flatMap((figure) => figure.claims);
  assert.equal(placed.length, new Set(placed).size, 'a claim on two figures');
  assert.equal(placed.length, input.length, 'a claim on no figure');
  for (const figure of board.figures) {
    for (const id of figure.claims) assert.equal(board.claims[id]?.figure, figure.id, `claim ${id} names another figure`);
    if (figure.low !== null && figure.high !== null) assert.ok(figure.low <= figure.high, `figure ${figure.id} low ${figure.low} > high ${figure.high}`);
  }
  for (const relation of board.relations) {
    assert.ok(board.claims[relation.a] && board.claims[relation.b] && relation.a !== relation.b, `relation ${relation.a}–${relation.b}`);
  }
  assert.deepEqual(reconcile(shuffled(input, shuffleSeed)), board as Board, 'input order changed the board');
}

/** One publication day per document, as a store would give: the day of its first claim. */
function documentDay(specs: ReadonlyArray<Omit<ClaimSpec, 'id'>>, spec: Omit<ClaimSpec, 'id'>): string | null {
  return specs.find((other) => other.doc === spec.doc)?.published ?? null;
}

function shuffled<T>(values: readonly T[], seed: number): T[] {
  const copy = [...values];
  let state = seed >>> 0;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

const proseInputs = inputsFor(textFixtures, CASUALTY_FRAGMENTS);

export const TARGETS: readonly FuzzTarget<never>[] = [
  ingestTarget('ingest text', 'input.txt', 'text/plain', inputsFor(fixtureTexts('text'), CASUALTY_FRAGMENTS)),
  ingestTarget('ingest markdown', 'input.md', 'text/markdown', inputsFor(fixtureTexts('text').concat(fixtureTexts('scenarios')), ['---\n', 'title: ', 'date: ', '# ', '*', '[', '](', ...CASUALTY_FRAGMENTS])),
  ingestTarget('ingest html', 'input.html', 'text/html', inputsFor(fixtureTexts('html'), HTML_FRAGMENTS)),
  ingestTarget('ingest feed', 'feed.xml', 'application/rss+xml', structuredInputs(feedDocument, fixtureTexts('feeds'), FEED_FRAGMENTS)),
  ingestTarget('ingest telegram', 'result.json', 'application/json', structuredInputs(telegramExport, fixtureTexts('telegram'), JSON_FRAGMENTS)),
  ingestTarget('ingest ndjson', 'input.ndjson', 'application/x-ndjson', structuredInputs(ndjsonDocument, ndjsonFixtures, ['\n', ...JSON_FRAGMENTS])),
  {
    name: 'ingest sniffed',
    arbitrary: fc.tuple(fc.constantFrom(...SOURCE_SHAPES), inputsFor([...textFixtures, ...fixtureTexts('html'), ...fixtureTexts('feeds'), ...fixtureTexts('telegram')], [...FEED_FRAGMENTS, ...JSON_FRAGMENTS]), fc.uint8Array({ maxLength: 8 })),
    property: ([shape, text, prefix]: [{ name: string; contentType: string | null }, string, Uint8Array]) =>
      assertIngestsOrRefuses(sourceOf(shape.name, shape.contentType, Buffer.concat([Buffer.from(prefix), Buffer.from(text, 'utf8')]))),
    async: false,
  },
  { name: 'ingest warc', arbitrary: warcCase, property: assertWarcReads, async: true },
  { name: 'findNumbers', arbitrary: proseInputs, property: assertNumbersValid, async: false },
  { name: 'findPeriods', arbitrary: periodInputs, property: assertPeriodsValid, async: false },
  { name: 'reconcile', arbitrary: fc.tuple(fc.array(claimSpec, { maxLength: 24 }), fc.nat()), property: assertBoardSound, async: false },
  {
    name: 'extractClaims',
    arbitrary: fc.tuple(proseInputs, fc.option(fc.constantFrom('2024-12-28T12:00:00.000Z', '1970-01-01T00:00:00.000Z', 'not a date'))),
    property: ([text, published]: [string, string | null]) => assertClaimsValid(text, extractClaims({ id: 'd_fuzz', text, published })),
    async: false,
  },
] as unknown as FuzzTarget<never>[];

/** Runs one target for `runs` cases; resolves to fast-check's report (failed, counterexample, seed). */
export async function runTarget(target: FuzzTarget<never>, runs: number, seed?: number): Promise<fc.RunDetails<[unknown]>> {
  const generic = target as unknown as FuzzTarget<unknown>;
  const parameters = { numRuns: runs, ...(seed === undefined ? {} : { seed }) };
  if (generic.async) return fc.check(fc.asyncProperty(generic.arbitrary, async (value) => void (await generic.property(value))), parameters);
  return fc.check(fc.property(generic.arbitrary, (value) => void generic.property(value)), parameters);
}
