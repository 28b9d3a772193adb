/**
 * Issue 14, drift: "more than 30,000 casualties …, including about 9,000 fighters killed", retold as "more
 * than 30,000 killed", changed both what the 30,000 counts and the number given for the killed. A number of
 * another sentence of the statement's report may be of another list: it is not set against the retelling.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Board } from '../../src/contracts/board.js';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

const board = (...specs: ClaimSpec[]): Board => reconcile(specs.map(sourced));
const verdicts = (result: Board, a: string, b: string) =>
  result.relations.filter((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a)).map((r) => r.verdict);

test('a retelling that moved a number to another count drifts from the number its sentence gave for that count', () => {
  const stories: Array<{ speaker: string; moved: [ClaimSpec['outcome'], number]; own: [ClaimSpec['outcome'], number]; sentence: string }> = [
    { speaker: 'John Kirby', moved: ['casualties', 30000], own: ['killed', 9000], sentence: 'Kirby said Wagner had suffered more than 30,000 casualties, including about 9,000 killed.' },
    { speaker: 'Alexander Bastrykin', moved: ['wounded', 182], own: ['killed', 139], sentence: 'Bastrykin said 139 people had been killed and 182 injured.' },
    { speaker: 'Serhiy Lysak', moved: ['wounded', 40], own: ['killed', 12], sentence: 'Governor Serhiy Lysak said 12 people were killed and 40 wounded in the strike.' },
  ];
  for (const { speaker, moved, own, sentence } of stories) {
    const result = board(
      { id: 'moved', doc: 'd_first', published: '2023-02-17', speaker, outcome: moved[0], value: moved[1], sentence },
      { id: 'own', doc: 'd_first', published: '2023-02-17', speaker, outcome: own[0], value: own[1], sentence },
      { id: 'retold', doc: 'd_retelling', published: '2023-02-18', speaker, outcome: own[0], value: moved[1], sentence: `${speaker} said ${moved[1]} were ${own[0]}.` },
    );
    assert.deepEqual(verdicts(result, 'moved', 'retold'), ['drift'], sentence);
    assert.deepEqual(verdicts(result, 'own', 'retold'), ['drift'], sentence);
  }
});

test('a number of another sentence of the statement’s report is not set against the retelling', () => {
  const result = board(
    { id: 'killed', doc: 'd_first', published: '2022-07-30', speaker: 'Igor Konashenkov', outcome: 'killed', value: 50, sentence: 'Konashenkov said 50 prisoners had been killed.' },
    { id: 'list', doc: 'd_first', published: '2022-07-30', speaker: 'Igor Konashenkov', outcome: 'casualties', value: 123, sentence: 'The ministry published a list of 123 prisoners killed or wounded.', sentenceStart: 200 },
    { id: 'retold', doc: 'd_retelling', published: '2022-07-31', speaker: 'Igor Konashenkov', outcome: 'killed', value: 123, sentence: 'The ministry published the names of 123 prisoners killed.' },
  );
  assert.deepEqual(verdicts(result, 'list', 'retold'), ['drift']);
  assert.ok(!verdicts(result, 'killed', 'retold').includes('drift'));
});

test('a later report that says what its speaker had said before is not accused of changing an earlier, different retelling', () => {
  const cases: Array<[string, ClaimSpec['outcome'], ClaimSpec['outcome'], number]> = [
    ['Oleh Syniehubov', 'wounded', 'killed', 40],
    ['Serhiy Lysak', 'wounded', 'killed', 25],
    ['Vadym Filashkin', 'missing', 'killed', 12],
  ];
  for (const [speaker, said, distorted, value] of cases) {
    const result = board(
      { id: 'said', doc: 'd_first', published: '2024-05-25', speaker, outcome: said, value, sentence: `${speaker} said ${value} were ${said}.` },
      { id: 'distorted', doc: 'd_viral', published: '2024-05-27', speaker, outcome: distorted, value, sentence: `${speaker} said on Monday that ${value} people had been ${distorted}.` },
      { id: 'correct', doc: 'd_later', published: '2024-05-28', speaker, outcome: said, value, sentence: `${speaker} said on Monday that ${value} people were ${said} in total.` },
    );
    assert.ok(!verdicts(result, 'distorted', 'correct').includes('drift'), speaker);
  }
});

test('a number a retelling changed is still set against the figure’s sources: where neither can be true beside it, a conflict that names the retelling', () => {
  const KILLED = { outcome: 'killed' as const, affiliation: null, kind: 'civilian' as const, group: 'people', place: 'Krasnogorsk', incident: 'the attack on the concert hall' };
  const stories: Array<{ name: string; specs: ClaimSpec[]; pair: [string, string] }> = [
    {
      name: 'a wounded count retold as killed, above a later toll',
      specs: [
        { id: 'said-killed', doc: 'd_first', published: '2024-03-25', speaker: 'Alexander Bastrykin', value: 139, ...KILLED, sentence: 'Bastrykin said 139 people had been killed and 182 injured.' },
        { id: 'said-wounded', doc: 'd_first', published: '2024-03-25', speaker: 'Alexander Bastrykin', value: 182, ...KILLED, outcome: 'wounded', sentence: 'Bastrykin said 139 people had been killed and 182 injured.' },
        { id: 'retold', doc: 'd_copy', published: '2024-03-26', speaker: 'Alexander Bastrykin', value: 182, ...KILLED, sentence: 'The death toll has climbed to 182, Bastrykin said.' },
        { id: 'later', doc: 'd_later', published: '2024-03-29', speaker: 'Mikhail Murashko', value: 144, ...KILLED },
      ],
      pair: ['retold', 'later'],
    },
    {
      name: 'one end of a range, below an earlier floor',
      specs: [
        { id: 'ministry', doc: 'd_ministry', published: '2023-10-18', speakerOrg: 'Gaza health ministry', value: 471, ...KILLED },
        { id: 'range', doc: 'd_intel', published: '2023-10-19', speakerOrg: 'US intelligence agencies', value: 100, min: 100, max: 300, bound: 'range', text: 'between 100 and 300', ...KILLED },
        { id: 'retold', doc: 'd_copy', published: '2023-10-20', speakerOrg: 'US intelligence agencies', value: 300, bound: 'upper', text: 'up to 300', ...KILLED },
      ],
      pair: ['ministry', 'retold'],
    },
    {
      name: 'a casualty count retold as killed, above a later count of the dead',
      specs: [
        { id: 'casualties', doc: 'd_first', published: '2024-12-27', speaker: 'John Kirby', value: 1000, bound: 'lower', text: 'over 1,000', ...KILLED, outcome: 'casualties' },
        { id: 'retold', doc: 'd_copy', published: '2024-12-28', speaker: 'John Kirby', value: 1000, bound: 'lower', text: 'over 1,000', ...KILLED },
        { id: 'later', doc: 'd_later', published: '2025-01-05', speakerOrg: 'South Korean intelligence', value: 300, ...KILLED },
      ],
      pair: ['retold', 'later'],
    },
  ];
  for (const { name, specs, pair } of stories) {
    const result = board(...specs);
    const retold = pair.includes('retold') ? 'retold' : pair[1];
    assert.ok(result.relations.some((r) => r.verdict === 'drift' && r.b === retold), `${name}: the retelling drifted`);
    const found = result.relations.find((r) => r.verdict === 'conflict' && ((r.a === pair[0] && r.b === pair[1]) || (r.a === pair[1] && r.b === pair[0])));
    assert.ok(found, name);
    assert.match(found.why, /changed the number in the retelling/, name);
    assert.ok(!result.relations.some((r) => r.verdict === 'consistent' && (r.a === retold || r.b === retold)), `${name}: a retelling is no one's consistent word`);
  }
});

test('a retelling’s number is set against a speaker’s latest word, not the number they revised', () => {
  const KILLED = { outcome: 'killed' as const, affiliation: null, kind: 'civilian' as const, group: 'people', place: 'Gaza City', incident: 'the blast at al-Ahli hospital' };
  for (const [first, revised] of [[500, 471], [60, 52], [1400, 1200]] as const) {
    const result = board(
      { id: 'first', doc: 'd_first', published: '2023-10-17', speakerOrg: 'Gaza health ministry', value: first, bound: 'lower', text: `at least ${first}`, ...KILLED },
      { id: 'revised', doc: 'd_revised', published: '2023-10-18', speakerOrg: 'Gaza health ministry', value: revised, ...KILLED },
      { id: 'range', doc: 'd_intel', published: '2023-10-19', speakerOrg: 'US intelligence agencies', value: 10, min: 10, max: Math.round(revised / 2), bound: 'range', text: `between 10 and ${Math.round(revised / 2)}`, ...KILLED },
      { id: 'retold', doc: 'd_copy', published: '2023-10-20', speakerOrg: 'US intelligence agencies', value: Math.round(revised / 2), bound: 'upper', text: `up to ${Math.round(revised / 2)}`, ...KILLED },
    );
    const conflictsOfRetold = result.relations.filter((r) => r.verdict === 'conflict' && (r.a === 'retold' || r.b === 'retold')).map((r) => (r.a === 'retold' ? r.b : r.a));
    assert.deepEqual(conflictsOfRetold, ['revised'], `${first} → ${revised}`);
  }
});

test('a count of another sentence that states the retelling’s very side, place and period is the statement’s count for it', () => {
  const day = (date: string) => ({ text: 'over the past day', start: date, end: date });
  const stories: Array<{ speaker: string; place: string; date: string; total: number; killed: number }> = [
    { speaker: 'Nazar Voloshyn', place: 'Kupiansk', date: '2024-11-02', total: 400, killed: 170 },
    { speaker: 'Oleksandr Shtupun', place: 'Avdiivka', date: '2023-10-19', total: 250, killed: 90 },
    { speaker: 'Dmytro Lykhovyi', place: 'Robotyne', date: '2023-09-05', total: 600, killed: 260 },
  ];
  for (const { speaker, place, date, total, killed } of stories) {
    const RU = { affiliation: 'RU', kind: 'military' as const, place, country: 'UA', period: day(date) };
    const specs = (ownPlace: string): ClaimSpec[] => [
      { id: 'total', doc: 'd_first', published: date, speaker, outcome: 'casualties', value: total, bound: 'lower', text: `more than ${total}`, ...RU, sentence: `Russia lost more than ${total} troops killed or wounded around ${place} over the past day, ${speaker} said.` },
      { id: 'own', doc: 'd_first', published: date, speaker, outcome: 'killed', value: killed, ...RU, place: ownPlace, sentence: `"${killed} of the enemy were killed," ${speaker} said.`, sentenceStart: 300 },
      { id: 'retold', doc: 'd_retelling', published: date, speaker, outcome: 'killed', value: total, bound: 'lower', text: `more than ${total}`, ...RU, sentence: `${speaker}: more than ${total} Russians killed near ${place} in a single day.` },
    ];
    assert.deepEqual(verdicts(board(...specs(place)), 'own', 'retold'), ['drift'], speaker);
    assert.ok(!verdicts(board(...specs('Kharkiv')), 'own', 'retold').includes('drift'), `${speaker}: a count of another place is another count`);
  }
});

test('a retelling that names a part of the toll where its source named the whole changed what the number counts', () => {
  const TOLL = { outcome: 'killed' as const, affiliation: null, kind: 'civilian' as const, place: 'Pazigyi', incident: "Tuesday's air strike on Pazigyi" };
  const cases: Array<[string, string, string]> = [
    ['people', 'children', 'Myanmar’s military killed 165 children in the strike, rescuers say.'],
    ['civilians', 'women and children', 'The strike killed 165 women and children, rescuers say.'],
    ['people', 'aid workers', 'The strike killed 165 aid workers, rescuers say.'],
  ];
  for (const [whole, part, sentence] of cases) {
    const result = board(
      { id: 'source', doc: 'd_source', published: '2023-04-13', speakerOrg: 'local rescuers', value: 165, group: whole, ...TOLL },
      { id: 'retold', doc: 'd_retold', published: '2023-04-14', speakerOrg: 'local rescuers', value: 165, group: part, ...TOLL, sentence },
    );
    assert.deepEqual(verdicts(result, 'source', 'retold'), ['drift'], `${whole} → ${part}`);
  }
  for (const [source, retold] of [['children', 'people'], ['fighters', 'Wagner mercenaries'], ['Russia’s Wagner mercenary', 'Wagner mercenaries']]) {
    const result = board(
      { id: 'source', doc: 'd_source', published: '2023-04-13', speakerOrg: 'local rescuers', value: 165, group: source, ...TOLL },
      { id: 'retold', doc: 'd_retold', published: '2023-04-14', speakerOrg: 'local rescuers', value: 165, group: retold, ...TOLL },
    );
    assert.ok(!verdicts(result, 'source', 'retold').includes('drift'), `${source} → ${retold} says less or the same`);
  }
});

test('a narrowed group is drift only where the two are surely one statement: the same voice, a copy, or the same place within days', () => {
  const TOLL = { outcome: 'killed' as const, affiliation: null, kind: 'civilian' as const, incident: "Tuesday's air strike" };
  const described = board(
    { id: 'source', doc: 'd_source', published: '2023-04-13', speakerOrg: 'a member of a local resistance group', value: 165, group: 'people', place: 'Pazigyi', ...TOLL },
    { id: 'retold', doc: 'd_retold', published: '2023-04-14', speakerOrg: 'local rescuers', value: 165, group: 'children', place: 'Pazigyi village', ...TOLL, sentence: 'x' },
  );
  assert.deepEqual(verdicts(described, 'source', 'retold'), ['drift'], 'two descriptions of one source at one place a day apart');
  const monthsLater = board(
    { id: 'source', doc: 'd_source', published: '2024-03-06', speakerOrg: 'police', value: 11, group: 'people', place: 'Mopti', ...TOLL },
    { id: 'retold', doc: 'd_retold', published: '2024-03-30', speaker: null, value: 11, group: 'aid workers', place: 'Mopti', ...TOLL },
  );
  assert.ok(!verdicts(monthsLater, 'source', 'retold').includes('drift'), 'an unattributed number weeks later may be another count');
});

test('one event dated by its month in one report and by its day in another: the period did not change', () => {
  const KILLED = { outcome: 'killed' as const, affiliation: null, kind: 'civilian' as const, group: 'people' };
  const stories: Array<[string, string, ClaimSpec['period'], string, ClaimSpec['period']]> = [
    ['The strike on the theatre in March', '2022-03-16', { text: 'in March', start: '2022-03-01', end: '2022-03-31' }, 'the March 16 bombing of the theatre', { text: 'March 16', start: '2022-03-16', end: '2022-03-16' }],
    ['The attack on the station in April', '2022-04-08', { text: 'in April', start: '2022-04-01', end: '2022-04-30' }, 'the April 8 strike on the station', { text: 'April 8', start: '2022-04-08', end: '2022-04-08' }],
    ['The explosion at the prison in July', '2022-07-29', { text: 'in July', start: '2022-07-01', end: '2022-07-31' }, 'the July 29 explosion at the prison', { text: 'July 29', start: '2022-07-29', end: '2022-07-29' }],
  ];
  for (const [monthWords, day, month, dayWords, exact] of stories) {
    const result = board(
      { id: 'month', doc: 'd_first', published: '2022-09-04', speakerOrg: 'Associated Press', value: 600, bound: 'approx', text: 'close to 600', ...KILLED, place: 'Mariupol', country: 'UA', incident: monthWords, period: month },
      { id: 'day', doc: 'd_copy', published: '2022-09-04', speakerOrg: 'Associated Press', value: 600, bound: 'approx', text: 'close to 600', ...KILLED, place: 'Mariupol', country: 'UA', incident: dayWords, incidentDate: day, period: exact },
    );
    assert.ok(!verdicts(result, 'month', 'day').includes('drift'), monthWords);
    assert.equal(result.claims.month?.origin, result.claims.day?.origin, monthWords);
  }
});
