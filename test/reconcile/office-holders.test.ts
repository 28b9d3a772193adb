/**
 * Issue 14, speakers: a speaker named only by an office and its country ("Ukraine's interior minister") is
 * the one person the corpus names as holding it ("Interior Minister Ihor Klymenko"); two holders, or an
 * office the corpus gives two countries, leave it as it is.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Board } from '../../src/contracts/board.js';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

const board = (...specs: ClaimSpec[]): Board => reconcile(specs.map(sourced));
const TOLL = { outcome: 'killed' as const, affiliation: null, kind: 'civilian' as const, place: 'Hroza', incident: "Thursday's missile strike on Hroza" };

test('an office and its country are the one person who holds it: one statement, one origin', () => {
  const cases: Array<[string, string, string]> = [
    ['Ihor Klymenko', 'Interior Minister Ihor Klymenko', "Ukraine's interior minister"],
    ['Oleh Syniehubov', 'regional governor Oleh Syniehubov', 'the regional governor'],
    ['Dmytro Lubinets', 'Human Rights Commissioner Dmytro Lubinets', "Ukraine's human rights commissioner"],
  ];
  for (const [name, text, office] of cases) {
    const result = board(
      { id: 'person', doc: 'd_person', published: '2023-10-06', speaker: name, speakerText: text, value: 52, ...TOLL },
      { id: 'office', doc: 'd_office', published: '2023-10-07', speakerOrg: office, value: 52, ...TOLL },
    );
    assert.equal(result.claims.office?.speaker_id, result.claims.person?.speaker_id, office);
    assert.equal(result.claims.office?.origin, result.claims.person?.origin, office);
  }
});

test('two holders of the office, or the office of two countries, leave an office-named speaker alone', () => {
  const twoHolders = board(
    { id: 'a', doc: 'd_a', published: '2023-10-06', speaker: 'Ihor Klymenko', speakerText: 'Interior Minister Ihor Klymenko', value: 52, ...TOLL },
    { id: 'b', doc: 'd_b', published: '2023-10-06', speaker: 'Arsen Avakov', speakerText: 'Interior Minister Arsen Avakov', value: 40, ...TOLL, place: 'Kyiv' },
    { id: 'office', doc: 'd_office', published: '2023-10-07', speakerOrg: "Ukraine's interior minister", value: 52, ...TOLL },
  );
  assert.ok(!twoHolders.claims.office?.speaker_id?.startsWith('person:'));
  const twoCountries = board(
    { id: 'a', doc: 'd_a', published: '2023-10-06', speaker: 'Ihor Klymenko', speakerText: 'Interior Minister Ihor Klymenko', value: 52, ...TOLL },
    { id: 'ua', doc: 'd_ua', published: '2023-10-07', speakerOrg: "Ukraine's interior minister", value: 52, ...TOLL },
    { id: 'ru', doc: 'd_ru', published: '2023-10-07', speakerOrg: "Russia's interior minister", value: 3, ...TOLL, place: 'Belgorod' },
  );
  assert.notEqual(twoCountries.claims.ru?.speaker_id, twoCountries.claims.a?.speaker_id, 'a minister of another country is not the one named');
  assert.notEqual(twoCountries.claims.ua?.speaker_id, twoCountries.claims.a?.speaker_id, 'the holder’s country is not known: the office is not linked');
  const lone = board({ id: 'office', doc: 'd_office', published: '2023-10-07', speakerOrg: 'the minister', value: 52, ...TOLL });
  assert.ok(!lone.claims.office?.speaker_id?.startsWith('person:'), 'a lone "minister" names no office');
});

test('an office of a place, worded either way round, is the one person who holds it', () => {
  const cases: Array<[string, string, string]> = [
    ['Pavlo Kyrylenko', 'Donetsk regional governor Pavlo Kyrylenko', 'governor of the Donetsk region'],
    ['Oleh Syniehubov', 'Kharkiv governor Oleh Syniehubov', 'the governor of Kharkiv region'],
    ['Vitali Klitschko', 'Kyiv Mayor Vitali Klitschko', 'the mayor of Kyiv'],
  ];
  for (const [name, text, office] of cases) {
    const result = board(
      { id: 'person', doc: 'd_person', published: '2023-10-06', speaker: name, speakerText: text, value: 52, ...TOLL },
      { id: 'office', doc: 'd_office', published: '2023-10-07', speakerOrg: office, value: 52, ...TOLL },
    );
    assert.equal(result.claims.office?.speaker_id, result.claims.person?.speaker_id, office);
  }
  // The governor of another region is someone else.
  const other = board(
    { id: 'person', doc: 'd_person', published: '2023-10-06', speaker: 'Pavlo Kyrylenko', speakerText: 'Donetsk regional governor Pavlo Kyrylenko', value: 52, ...TOLL },
    { id: 'office', doc: 'd_office', published: '2023-10-07', speakerOrg: 'governor of the Luhansk region', value: 52, ...TOLL },
  );
  assert.notEqual(other.claims.office?.speaker_id, other.claims.person?.speaker_id);
});
