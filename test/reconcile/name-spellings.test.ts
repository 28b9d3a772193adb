/**
 * Issue 14, speakers: one person in several romanisations is one speaker, found by folding the letters
 * transliteration systems disagree on, not by a list of spellings.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcile } from '../../src/reconcile/board.js';
import { spellingKey } from '../../src/reconcile/name-spellings.js';
import { sourced, type ClaimSpec } from './build.js';

test('romanisations of one name fold alike; other people do not', () => {
  assert.equal(spellingKey('Oleh Syniehubov'), spellingKey('Oleg Synegubov'));
  assert.equal(spellingKey('Volodymyr Zelenskyy'), spellingKey('Volodymyr Zelenskiy'));
  assert.equal(spellingKey('Ihor Klymenko'), spellingKey('Igor Klimenko'));
  assert.equal(spellingKey('Yuliia Svyrydenko'), spellingKey('Yulia Sviridenko'));
  assert.notEqual(spellingKey('Ihor Klymenko'), spellingKey('Ihor Terekhov'));
  assert.notEqual(spellingKey('Oleh Syniehubov'), spellingKey('Oleh Kiper'));
});

test('a governor spelled three ways gives one speaker’s statements: the later number updates the earlier', () => {
  const spellings: Array<[string, string, string]> = [
    ['Oleh Syniehubov', 'Oleh Synehubov', 'Oleg Synegubov'],
    ['Ihor Klymenko', 'Igor Klimenko', 'Ihor Klimenko'],
    ['Yuliia Svyrydenko', 'Yulia Sviridenko', 'Yulia Svyrydenko'],
  ];
  for (const [first, second, third] of spellings) {
    const KILLED = { outcome: 'killed' as const, affiliation: null, kind: 'civilian' as const, group: 'people', place: 'Hroza', country: null };
    const board = reconcile(
      [
        { id: 'a', published: '2023-10-05', speaker: first, value: 48, ...KILLED },
        { id: 'b', published: '2023-10-06', speaker: second, value: 52, ...KILLED },
        { id: 'c', published: '2023-10-07', speaker: third, value: 52, ...KILLED },
      ].map((spec) => sourced(spec as ClaimSpec)),
    );
    assert.equal(board.claims.b?.speaker_id, board.claims.a?.speaker_id, second);
    assert.equal(board.claims.c?.speaker_id, board.claims.a?.speaker_id, third);
    assert.ok(board.relations.some((r) => r.verdict === 'update' && [r.a, r.b].sort().join() === 'a,b'), first);
  }
  const two = reconcile(
    [
      { id: 'a', published: '2023-10-05', speaker: 'Ihor Klymenko', value: 48, outcome: 'killed', affiliation: null, kind: 'civilian' },
      { id: 'b', published: '2023-10-06', speaker: 'Ihor Terekhov', value: 52, outcome: 'killed', affiliation: null, kind: 'civilian' },
    ].map((spec) => sourced(spec as ClaimSpec)),
  );
  assert.notEqual(two.claims.a?.speaker_id, two.claims.b?.speaker_id);
});

test('Arabic names written with other vowels fold alike; different names still do not', () => {
  assert.equal(spellingKey('Taha al-Mutawakkil'), spellingKey('Taha al-Motawakel'));
  assert.equal(spellingKey('Osama Hamdan'), spellingKey('Usama Hamdan'));
  assert.equal(spellingKey('Hamed Karzai'), spellingKey('Hamid Karzai'));
  assert.notEqual(spellingKey('Ali Hassan'), spellingKey('Ali Hussein'));
  assert.notEqual(spellingKey('Ivan Petrov'), spellingKey('Ivan Petriv'));
});

test('a surname alone is the one full name of the corpus, whatever rank or honorific that name was written with', () => {
  const base = { published: '2017-01-17', outcome: 'wounded' as const, value: 2, text: '2', affiliation: null, kind: 'military' as const, group: 'soldiers', place: 'Rann', country: 'NG' };
  const board = reconcile([
    sourced({ ...base, id: 'full', doc: 'd_a', speaker: 'Lucky Irabor', speakerText: 'Major General Lucky Irabor', sentence: 'Major General Lucky Irabor said two soldiers were wounded.' }),
    sourced({ ...base, id: 'ranked', doc: 'd_b', speaker: 'Maj. Gen. Lucky Irabor', speakerText: 'Maj. Gen. Lucky Irabor, the theatre commander', sentence: 'Maj. Gen. Lucky Irabor, the theatre commander, said two soldiers were wounded.' }),
    sourced({ ...base, id: 'surname', doc: 'd_c', speaker: 'Irabor', sentence: 'Two of our soldiers were also wounded, Irabor said.' }),
  ]);
  assert.equal(new Set(['full', 'ranked', 'surname'].map((id) => board.claims[id]?.speaker_id)).size, 1);
});
