import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimFieldProblems, claimProblems } from '../../src/contracts/claim-check.js';
import { extractClaims } from '../../src/extract/extract.js';
import { checkFields, ReviewError } from '../../src/review/review.js';

const TEXT = 'Ukraine said on Monday that more than 3,000 North Korean soldiers had been killed or wounded in Kursk since December 1.';
const [CLAIM] = extractClaims({ id: 'd_check', text: TEXT, published: '2024-12-23T12:00:00.000Z' });

test('claims the extractor writes have the claims.md shape', () => {
  assert.ok(CLAIM?.quantity && CLAIM.period);
  assert.deepEqual(claimProblems(CLAIM, TEXT), []);
});

test('each malformed field is named', () => {
  const cases: Array<[Record<string, unknown>, RegExp]> = [
    [{ outcome: 'maimed' }, /^outcome must be one of killed/],
    [{ quantity: { text: 'lots', value: 'lots', min: null, max: null, bound: 'exact' } }, /quantity.value must be a number of people/],
    [{ quantity: { text: '-3', value: -3, min: -3, max: -3, bound: 'exact' } }, /quantity.value must be a number of people/],
    [{ quantity: { text: '1e999', value: Infinity, min: null, max: null, bound: 'exact' } }, /quantity.value must be a number/],
    [{ quantity: { text: '10', value: 10, min: 12, max: 10, bound: 'range' } }, /quantity.min must not exceed quantity.max/],
    [{ quantity: { text: 'about 10', value: 10, min: null, max: null, bound: 'approximate' } }, /quantity.bound must be one of exact, approx/],
    [{ quantity: 10 }, /quantity must be null or an object/],
    [{ subject: 'soldiers' }, /subject must be an object/],
    [{ subject: { text: 'soldiers', affiliation: 7, kind: 'soldier' } }, /subject.affiliation must be text or null; subject.kind must be null or one of/],
    [{ period: { text: 'x', start: '2024-12-31', end: '2024-01-01' } }, /period.start must not be after period.end/],
    [{ period: { text: 'x', start: '2024-02-30', end: null } }, /period.start must be a date/],
    [{ rate: 'hourly' }, /rate must be null or one of day, week, month/],
    [{ location: { text: 'Kursk' } }, /location.name must be text/],
    [{ speaker: { text: 'Kyiv', name: 1, org: null, country: null } }, /speaker.name must be text or null/],
    [{ stance: 'sure' }, /stance must be one of/],
    [{ confidence: 2 }, /confidence must be a number from 0 to 1/],
    [{ via: {} }, /via must be text or null/],
    [{ relay: 'Yonhap' }, /relay must be null or an object/],
    [{ relay: { text: 'Yonhap', name: null, org: 3, country: null } }, /relay.org must be text or null/],
    [{ relay: { name: 'Yonhap', org: null, country: null } }, /relay.text must be text/],
  ];
  for (const [fields, message] of cases) {
    assert.match(claimFieldProblems(fields).join('; '), message, JSON.stringify(fields));
    assert.throws(() => checkFields(fields), (error: unknown) => error instanceof ReviewError && error.kind === 'invalid' && message.test(error.message), JSON.stringify(fields));
  }
});

test('a whole claim: its id, document, sentence and every field are checked, the sentence against its text', () => {
  const claim = CLAIM!;
  assert.match(claimProblems({ ...claim, sentence: { ...claim.sentence, text: 'Kyiv said' } }, TEXT).join(), /sentence.text is not the document text at its offsets/);
  assert.match(claimProblems({ ...claim, sentence: { start: 5, end: 2, text: '' } }).join(), /integer offsets start < end/);
  const { stance: _stance, ...withoutStance } = claim;
  assert.match(claimProblems(withoutStance).join(), /missing stance/);
  assert.match(claimProblems({ ...claim, id: 3 }).join(), /id must be text/);
  assert.deepEqual(claimProblems('claim'), ['a claim must be an object']);
});

test('relay: a speaker or null; a record written before relay was added may lack it', () => {
  const claim = CLAIM!;
  assert.equal(claim.relay, null);
  assert.deepEqual(claimProblems({ ...claim, relay: { text: 'Yonhap', name: null, org: 'Yonhap', country: 'KR' } }, TEXT), []);
  const { relay: _relay, ...withoutRelay } = claim;
  assert.deepEqual(claimProblems(withoutRelay, TEXT), []);
  assert.deepEqual(claimFieldProblems({ relay: null }), []);
});
