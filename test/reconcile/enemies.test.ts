/**
 * Issue 14, sides: "the enemy lost 480 servicemen", said by a speaker of one country, counts the side that
 * country's speakers count the losses of elsewhere in the corpus; a state named as the speaker repeats its
 * organ's statement when it gives the organ's number.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Board } from '../../src/contracts/board.js';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

const board = (...specs: ClaimSpec[]): Board => reconcile(specs.map(sourced));
const sideOf = (result: Board, id: string) => result.figures.find((f) => f.claims.includes(id))?.subject.affiliation ?? null;
const MILITARY = { kind: 'military' as const, outcome: 'casualties' as const, place: null, group: 'servicemen' };

test('the enemy is the side the speaker’s country counts elsewhere', () => {
  const cases: Array<[string, string, string, string]> = [
    ["Ukraine's General Staff", 'RU', 'The total combat losses of the enemy were approximately 722,440 personnel, the General Staff reports.', "Ukraine's General Staff said Russia had lost 1,200 troops."],
    ["Russia's Defence Ministry", 'UA', 'Over the past day, the enemy lost up to 480 servicemen in the Kursk direction.', "Russia's Defence Ministry said Ukrainian forces lost 300 soldiers."],
    ['Serhiy Cherevatyi', 'RU', '"During the fighting, 221 of the enemy were killed," Cherevatyi said.', 'Cherevatyi said Russian forces lost 500 troops.'],
  ];
  for (const [speaker, opponent, enemySentence, namedSentence] of cases) {
    // A person's country as extraction reads it from their role ("the spokesman for Ukraine's Eastern group of forces").
    const who: Partial<ClaimSpec> = speaker.includes("'") ? { speakerOrg: speaker } : { speaker, speakerOrg: "Ukraine's Eastern group of forces", speakerCountry: 'UA' };
    const result = board(
      { id: 'named', doc: 'd_named', published: '2024-11-19', ...who, value: 1200, ...MILITARY, affiliation: opponent, sentence: namedSentence },
      { id: 'enemy', doc: 'd_enemy', published: '2024-11-20', ...who, value: 480, ...MILITARY, affiliation: null, sentence: enemySentence },
    );
    assert.equal(sideOf(result, 'enemy'), opponent, enemySentence);
  }
});

test('enemy drones, our losses, a named side, or no count elsewhere: the side stays unknown', () => {
  const named: ClaimSpec = { id: 'named', doc: 'd_named', published: '2024-11-19', speakerOrg: "Ukraine's General Staff", value: 1200, ...MILITARY, affiliation: 'RU', sentence: 'The General Staff said Russia lost 1,200 troops.' };
  const enemy = (sentence: string): ClaimSpec => ({ id: 'enemy', doc: 'd_enemy', published: '2024-11-20', speakerOrg: "Ukraine's General Staff", value: 2, ...MILITARY, affiliation: null, sentence });
  assert.equal(sideOf(board(named, enemy('Enemy drones killed two soldiers near Kupiansk.')), 'enemy'), null);
  assert.equal(sideOf(board(named, enemy('The enemy lost 40 soldiers and we lost 2 soldiers.')), 'enemy'), null);
  assert.equal(sideOf(board(named, enemy('The enemy lost 40 North Korean soldiers.')), 'enemy'), null, 'a side named in the sentence is the extractor’s to read');
  assert.equal(sideOf(board(enemy('The enemy lost 40 soldiers.')), 'enemy'), null, 'no count elsewhere says who the enemy is');
});

test('a state named as the speaker repeating its organ’s number repeats the organ’s statement', () => {
  const cases: Array<[string, string, string]> = [
    ["Russia's Defence Ministry", 'Russia', 'UA'],
    ["Ukraine's General Staff", 'Ukraine', 'RU'],
    ["Israel's military", 'the Israeli government', 'PS'],
  ];
  for (const [organ, state, side] of cases) {
    const result = board(
      { id: 'organ', doc: 'd_organ', published: '2024-11-20', speakerOrg: organ, value: 480, ...MILITARY, affiliation: side },
      { id: 'state', doc: 'd_state', published: '2024-11-20', speakerOrg: state, value: 480, ...MILITARY, affiliation: side },
    );
    assert.equal(result.claims.state?.origin, result.claims.organ?.origin, `${state} after ${organ}`);
  }
  const otherCountry = board(
    { id: 'organ', doc: 'd_organ', published: '2024-11-20', speakerOrg: "Russia's Defence Ministry", value: 480, ...MILITARY, affiliation: 'UA' },
    { id: 'state', doc: 'd_state', published: '2024-11-20', speakerOrg: 'Ukraine', value: 480, ...MILITARY, affiliation: 'UA' },
  );
  assert.notEqual(otherCountry.claims.state?.origin, otherCountry.claims.organ?.origin, 'another country’s state gives its own word');
});
