/**
 * Issue 14, updates the report itself tells: "revised its toll down to 1,200 from 1,400", "lowered the number
 * of dead from 300 to 210", "52 killed, up from 40". Whoever the report names as saying it, the later number
 * supersedes the earlier: an update, never a conflict between the two.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Board } from '../../src/contracts/board.js';
import { reconcile } from '../../src/reconcile/board.js';
import type { Item } from '../../src/reconcile/item.js';
import { revisedFrom } from '../../src/reconcile/revisions.js';
import { sourced, type ClaimSpec } from './build.js';

const board = (...specs: ClaimSpec[]): Board => reconcile(specs.map(sourced));
const verdicts = (result: Board, a: string, b: string) =>
  result.relations.filter((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a)).map((r) => r.verdict);

function itemOf(sentence: string, number: string, value: number): Item {
  return { claim: { sentence: { start: 0, end: sentence.length, text: sentence }, quantity: { text: number, value, min: null, max: null, bound: 'exact' } } } as unknown as Item;
}

test('the number a sentence says a count was revised from', () => {
  const cases: Array<[string, string, number, number | null]> = [
    ['Israel has revised its death toll from the Oct. 7 attack down to around 1,200 people from more than 1,400, a spokesman said.', 'around 1,200', 1200, 1400],
    ['Officials lowered the number of dead from 300 to 210 after bodies were counted twice.', '210', 210, 300],
    ['At least 52 people have been killed, up from 40 on Friday, the governor said.', 'At least 52', 52, 40],
    ['The agency raised its estimate of the wounded to 1,050 from 900 on Tuesday.', '1,050', 1050, 900],
    ['The governor said 137 pupils and staff were being held, revising down the figure of 287 given by the school.', '137', 137, 287],
    ['The strike killed 52 people, raising the toll from 40 reported on Friday.', '52', 52, 40],
    // A number "from" a place or a start of a range is no earlier count.
    ['Some 300 people fled from 12 villages, officials said.', 'Some 300', 300, null],
    ['Between 40 and 60 people were killed, from 20 wounded earlier in the day.', '40', 40, null],
    ['The toll of 52 includes 40 from the first strike.', '52', 52, null],
  ];
  for (const [sentence, number, value, from] of cases) assert.equal(revisedFrom(itemOf(sentence, number, value)), from, sentence);
});

test('a later report that says the count was revised from an earlier number updates that number’s statement, whoever it names', () => {
  const WOUNDED = { outcome: 'wounded' as const, affiliation: null, kind: 'civilian' as const, group: 'people', place: 'Dnipro' };
  const stories: Array<[ClaimSpec, ClaimSpec]> = [
    [
      { id: 'earlier', published: '2025-01-10', speakerOrg: 'Ukrainian health ministry', value: 120, ...WOUNDED, sentence: 'The health ministry said 120 people were wounded in Dnipro.' },
      { id: 'later', published: '2025-01-14', speakerOrg: 'Dnipropetrovsk regional administration', value: 80, ...WOUNDED, sentence: 'The regional administration revised the number of wounded in Dnipro down to 80 from 120, saying some had been counted twice.' },
    ],
    [
      { id: 'earlier', published: '2025-01-10', speakerOrg: 'Emergency service', value: 300, ...WOUNDED, sentence: 'The emergency service said 300 people were wounded in Dnipro.' },
      { id: 'later', published: '2025-01-20', speakerOrg: 'Government', value: 210, ...WOUNDED, sentence: 'The government lowered the number of wounded from 300 to 210, a spokesman said.' },
    ],
    [
      { id: 'earlier', published: '2025-01-10', speakerOrg: 'City police', value: 40, ...WOUNDED, sentence: 'Police said 40 people were wounded in Dnipro.' },
      { id: 'later', published: '2025-01-12', speakerOrg: 'Regional governor', value: 25, text: '25', ...WOUNDED, sentence: 'The governor said 25 people were wounded in Dnipro, down from 40 reported by police on Friday.' },
    ],
  ];
  for (const [earlier, later] of stories) {
    const result = board(earlier, later);
    assert.equal(result.claims.earlier?.figure, result.claims.later?.figure, later.sentence);
    assert.deepEqual(verdicts(result, 'earlier', 'later'), ['update'], later.sentence);
  }
});

test('without a word of revision, a lower count from another speaker is still set against the earlier one', () => {
  const WOUNDED = { outcome: 'wounded' as const, affiliation: null, kind: 'civilian' as const, group: 'people', place: 'Dnipro' };
  const result = board(
    { id: 'earlier', published: '2025-01-10', speakerOrg: 'Ukrainian health ministry', value: 120, bound: 'lower', text: 'more than 120', ...WOUNDED, sentence: 'The health ministry said more than 120 people were wounded in Dnipro.' },
    { id: 'later', published: '2025-01-14', speakerOrg: 'Dnipropetrovsk regional administration', value: 80, ...WOUNDED, sentence: 'The regional administration said 80 people were wounded in Dnipro, from 12 districts.' },
  );
  assert.ok(!verdicts(result, 'earlier', 'later').includes('update'));
});
