import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import * as chrono from 'chrono-node';
import { PARSER_NEEDS, chronoSpans, parseDates } from '../../src/extract/chrono-dates.js';

const REFERENCE = new Date('2024-12-28T12:00:00Z');
const PUBLISHED_DAY = Math.floor(REFERENCE.getTime() / 86_400_000);

/** The patterns PARSER_NEEDS was written against (chrono-node 2.10.3), by parser. */
const PATTERN_DIGESTS: Record<string, string> = {
  ENYearMonthDayParser: '81d3ba077c548f50',
  ISOFormatParser: '0bcce0e3706dab6a',
  SlashDateFormatParser: 'a6ed09881f909e85',
  ENWeekdayParser: 'f6ca32522a7d559f',
  ENSlashMonthFormatParser: 'de51617ec404266e',
  ENTimeExpressionParser: '637e705f793fac54',
  ENTimeUnitAgoFormatParser: '1c1d2693b64e895c',
  ENTimeUnitLaterFormatParser: 'f1a0a2ed282dffa0',
  ENCasualDateParser: 'a560442935791abd',
  ENCasualTimeParser: 'ff6103b3d8640962',
  ENEndOfCurrentMonthParser: 'c38a0be3488e7399',
  ENRelativeDateFormatParser: 'dc016e8d2d8d17ae',
  ENTimeUnitCasualRelativeFormatParser: '346795e6257470a1',
};

test('each parser left out by a missing word still has the pattern its check was written for', () => {
  const context = { option: { forwardDate: false } } as unknown as Parameters<chrono.Parser['pattern']>[0];
  const names = chrono.casual.parsers.map((parser) => parser.constructor.name);
  for (const name of Object.keys(PARSER_NEEDS)) {
    const parser = chrono.casual.parsers[names.indexOf(name)];
    assert.ok(parser, `${name} is no longer one of chrono's parsers`);
    const pattern = parser.pattern(context);
    const digest = createHash('sha256').update(`${pattern.source}/${pattern.flags}`).digest('hex').slice(0, 16);
    // A new chrono-node changed this pattern: check that PARSER_NEEDS still names a part of it every match has, then update the digest.
    assert.equal(digest, PATTERN_DIGESTS[name], `${name}'s pattern changed`);
  }
});

test('reading with fewer parsers gives what chrono gives', () => {
  const texts = [
    'On Thursday, December 8 at 10:00 p.m., 12 soldiers were killed.',
    'Between January 4 and February 7, 300 people died, three days ago, yesterday and this week.',
    'Two weeks later, on 2024-12-27T10:00Z, 5 died; by 12/14/2024 and 06/2024 the toll rose to 40 by noon.',
    'At the end of the month, in the last 24 hours and since last Monday morning, 7 were wounded.',
    'No date here, only 14 dead.',
  ];
  const simplified = (results: chrono.ParsedResult[]) => results.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString()]);
  for (const text of texts) {
    assert.deepEqual(simplified(parseDates(text, REFERENCE)), simplified(chrono.parse(text, { instant: REFERENCE, timezone: 'UTC' }, { forwardDate: false })), text);
  }
});

test('dates far into a long sentence keep their offsets in the sentence', () => {
  const sentence = `${'The ministry said that many more people had been wounded in the region, '.repeat(4)}and on Thursday, December 19 at 10:00, 40 died.`;
  const spans = chronoSpans(sentence, PUBLISHED_DAY);
  assert.equal(spans.length, 1);
  assert.equal(sentence.slice(spans[0]?.start, spans[0]?.end), 'on Thursday, December 19 at 10:00');
  const whole = chrono.parse(sentence, { instant: REFERENCE, timezone: 'UTC' }, { forwardDate: false });
  assert.deepEqual([spans[0]?.start, spans[0]?.end], [whole[0]?.index, (whole[0]?.index ?? 0) + (whole[0]?.text.length ?? 0)]);
});
