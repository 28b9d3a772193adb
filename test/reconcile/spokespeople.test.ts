/**
 * Issue 14, speakers: a person named with only their organisation's common noun ("ministry spokesman
 * Igor Konashenkov") speaks with the voice of the one organisation of that noun in the document: the
 * organisation's later number is an update of theirs, and its report of their words is their statement.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Board } from '../../src/contracts/board.js';
import { acronymsOf } from '../../src/reconcile/acronyms.js';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

function board(...specs: ClaimSpec[]): Board {
  return reconcile(specs.map(sourced));
}

const verdicts = (result: Board, a: string, b: string) =>
  result.relations.filter((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a)).map((r) => r.verdict);

const SPOKESPEOPLE: Array<[string, string, string]> = [
  ["Russia's defence ministry", 'Igor Konashenkov', 'ministry'],
  ['the Israeli military', 'Daniel Hagari', 'military'],
  ['the Investigative Committee', 'Svetlana Petrenko', 'committee'],
];

/** The organisation and its spokesperson in one document, then the organisation alone the next day, each with its number (killed; the first wounded). */
function spokenThenRetold(org: string, person: string, noun: string, [first, spoken, next]: [number, number, number]): Board {
  return board(
    { id: 'org', doc: 'd_one', published: '2022-07-30', speakerOrg: org, value: first, outcome: 'wounded' },
    { id: 'person', doc: 'd_one', published: '2022-07-30', speaker: person, speakerOrg: noun, value: spoken, outcome: 'killed' },
    { id: 'next', doc: 'd_two', published: '2022-07-31', speakerOrg: org, value: next, outcome: 'killed' },
  );
}

test('a spokesperson given only their organisation’s common noun speaks with its voice: a later number is an update', () => {
  for (const [org, person, noun] of SPOKESPEOPLE) {
    assert.deepEqual(verdicts(spokenThenRetold(org, person, noun, [75, 75, 73]), 'person', 'next'), ['update'], `${person} of ${org}`);
  }
});

test('the organisation reporting its spokesperson’s number the next day reports their statement', () => {
  for (const [org, person, noun] of SPOKESPEOPLE) {
    const result = spokenThenRetold(org, person, noun, [40, 50, 50]);
    assert.equal(result.claims.next?.origin, result.claims.person?.origin, `${person} of ${org}`);
  }
});

/** One organisation's number in one document, then another's in a second: claims `first` and `second`. */
function twoReports(first: [string, number, string], second: [string, number, string]): Board {
  return board(
    { id: 'first', doc: 'd_one', published: first[2], speakerOrg: first[0], value: first[1], outcome: 'killed' },
    { id: 'second', doc: 'd_two', published: second[2], speakerOrg: second[0], value: second[1], outcome: 'killed' },
  );
}

test('an unnamed spokesperson or press service of an organisation is the organisation', () => {
  const cases: Array<[string, string]> = [
    ['UN spokesperson', 'the United Nations'],
    ['Kremlin press service', 'the Kremlin'],
    ["the Pentagon's spokesman", 'the Pentagon'],
  ];
  for (const [voice, org] of cases) {
    const result = twoReports([org, 400, '2025-04-14'], [voice, 400, '2025-04-14']);
    assert.equal(result.claims.second?.speaker_id, result.claims.first?.speaker_id, voice);
    assert.equal(result.claims.second?.origin, result.claims.first?.origin, `${voice}: one statement`);
  }
});

test('an acronym is written out after a name, not after a little word', () => {
  assert.ok(acronymsOf('International Committee of the Red Cross (ICRC)').includes('ICRC'));
  assert.ok(acronymsOf('UN human rights office OHCHR').includes('OHCHR'));
  assert.deepEqual(acronymsOf('preliminary figures from local sources cited by a UN'), []);
  assert.deepEqual(acronymsOf('figures released by the EU'), []);
});

test('an organisation named without its country is the one country’s body of that name the corpus knows', () => {
  const pairs: Array<[string, string]> = [
    ["Russia's Investigative Committee", 'the Investigative Committee'],
    ["Russia's Federal Security Service", 'the Federal Security Service'],
    ['the Israeli Defense Forces', 'the Defense Forces'],
  ];
  for (const [qualified, bare] of pairs) {
    const result = twoReports([qualified, 133, '2024-03-23'], [bare, 137, '2024-03-24']);
    assert.equal(result.claims.second?.speaker_id, result.claims.first?.speaker_id, bare);
  }
  const two = board(
    { id: 'ua', doc: 'd_one', published: '2024-03-23', speakerOrg: "Ukraine's National Guard", value: 10, outcome: 'killed' },
    { id: 'ru', doc: 'd_two', published: '2024-03-23', speakerOrg: "Russia's National Guard", value: 12, outcome: 'killed' },
    { id: 'bare', doc: 'd_three', published: '2024-03-24', speakerOrg: 'the National Guard', value: 14, outcome: 'killed' },
  );
  assert.notEqual(two.claims.bare?.speaker_id, two.claims.ua?.speaker_id, 'two countries have one: the bare name is neither');
  assert.notEqual(two.claims.bare?.speaker_id, two.claims.ru?.speaker_id);
});

/** A spokesperson read out of a role ("the ministry spokesman, Dr. …", no claim naming the organisation) in a statement titled with the organisation, then the organisation the next day. */
function titledStatementThenRetold(title: string, role: string, org: string, [spoken, next]: [number, number]): Board {
  return board(
    { id: 'spoken', doc: 'd_statement', published: '2024-06-03', title, speakerOrg: role, value: spoken, outcome: 'killed' },
    { id: 'next', doc: 'd_retold', published: '2024-06-04', speakerOrg: org, value: next, outcome: 'killed' },
  );
}

const TITLED_STATEMENTS: Array<[string, string, string]> = [
  ['Ministry of Defence of Ukraine: evening update', 'ministry spokesman, Col. Ivan Marchenko', "Ukraine's defence ministry"],
  ['Iraq Ministry of Health statement on the casualties in Hilla', 'the ministry spokesman, Dr. Saif al-Badr', "Iraq's health ministry"],
  ['Kharkiv Regional Military Administration: the day in the region', 'administration spokeswoman, Olena Vasylenko', 'the Kharkiv Regional Military Administration'],
];

test('a spokesperson of a statement titled with its organisation speaks with that organisation’s voice', () => {
  for (const [title, role, org] of TITLED_STATEMENTS) {
    assert.equal(titledStatementThenRetold(title, role, org, [52, 52]).claims.next?.origin, titledStatementThenRetold(title, role, org, [52, 52]).claims.spoken?.origin, `${role} under “${title}”: the next day's report is their statement`);
    assert.deepEqual(verdicts(titledStatementThenRetold(title, role, org, [52, 61]), 'spoken', 'next'), ['update'], `${role} under “${title}”: a new number is an update`);
  }
});

test('a title naming two organisations of the noun, or none, links no one', () => {
  const two = titledStatementThenRetold('Ministry of Health and Ministry of Defence joint statement', 'ministry spokesman, Col. Ivan Marchenko', "Ukraine's defence ministry", [52, 52]);
  assert.notEqual(two.claims.next?.origin, two.claims.spoken?.origin);
  const none = titledStatementThenRetold('Evening briefing from the east', 'ministry spokesman, Col. Ivan Marchenko', "Ukraine's defence ministry", [52, 61]);
  assert.deepEqual(verdicts(none, 'spoken', 'next'), ['consistent']);
});

test('a person named with the organisation they lead speaks with its voice wherever the corpus names them', () => {
  const heads: Array<[string, string, string]> = [
    ["Russia's Investigative Committee", 'Alexander Bastrykin', "Russia's Investigative Committee"],
    ["Ukraine's State Emergency Service", 'Ihor Klymenko', "Ukraine's State Emergency Service"],
    ['the World Health Organization', 'Tedros Adhanom Ghebreyesus', 'World Health Organization'],
  ];
  for (const [org, person, ledOrg] of heads) {
    const result = board(
      { id: 'org', doc: 'd_one', published: '2024-03-24', speakerOrg: org, value: 137, outcome: 'killed' },
      { id: 'head', doc: 'd_two', published: '2024-03-25', speaker: person, speakerOrg: ledOrg, value: 139, outcome: 'killed' },
      { id: 'named-only', doc: 'd_three', published: '2024-03-25', speaker: person, value: 139, outcome: 'killed' },
    );
    const updated = result.relations.filter((r) => r.a === 'org' && r.verdict === 'update').map((r) => r.b);
    assert.equal(updated.length, 1, `${person} of ${org}: the organisation's number is updated once`);
    assert.ok(['head', 'named-only'].includes(updated[0] as string), `${person} of ${org}`);
    assert.equal(result.claims['named-only']?.origin, result.claims.head?.origin, `${person} named alone the same day: the same statement`);
  }
});

test('a person of an organisation that does not speak in the corpus keeps their own voice', () => {
  const result = board(
    { id: 'org', doc: 'd_one', published: '2024-03-24', speakerOrg: "Russia's Emergencies Ministry", value: 137, outcome: 'killed' },
    { id: 'head', doc: 'd_two', published: '2024-03-25', speaker: 'Alexander Bastrykin', speakerOrg: "Russia's Investigative Committee", value: 139, outcome: 'killed' },
  );
  assert.deepEqual(verdicts(result, 'org', 'head'), ['consistent']);
});

test('a hyphenated name gives an initial per part: Agence France-Presse is AFP', () => {
  assert.ok(acronymsOf('Agence France-Presse').includes('AFP'));
  assert.ok(acronymsOf('Bosnia-Herzegovina Red Cross').includes('BHRC'));
  assert.ok(acronymsOf('Inter-Parliamentary Union').includes('IPU'));
  assert.ok(!acronymsOf('Inter-parliamentary Union').includes('IPU'), 'a part in lower case gives none');
});

test('an organisation’s statement repeated by its spokesperson with the same number is one statement, whichever came first', () => {
  const cases: Array<[string, string, string]> = [
    ['White House', 'Karine Jean-Pierre', 'White House press office spokeswoman'],
    ['Israeli military', 'Jonathan Conricus', 'Israeli military international spokesman'],
    ['Ukrainian army', 'Serhiy Cherevatyi', 'Ukrainian army Eastern group spokesman'],
  ];
  for (const [org, person, role] of cases) {
    const result = board(
      { id: 'org', doc: 'd_wire', published: '2023-05-01', speakerOrg: org, value: 20000, outcome: 'killed' },
      { id: 'person', doc: 'd_channel', published: '2023-05-02', speaker: person, speakerOrg: role, speakerText: `${role} ${person}`, value: 20000, outcome: 'killed' },
    );
    assert.equal(result.claims.org?.origin, result.claims.person?.origin, `${org} then ${person}`);
  }
});
