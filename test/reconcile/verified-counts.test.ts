/**
 * Issue 14, verdicts: a count of the deaths a monitor has verified or documented is a floor its method
 * sets, not the whole toll: lower than another source's report of the same event, it is not comparable,
 * never a conflict.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

const EVENT = { outcome: 'killed' as const, affiliation: null, kind: 'civilian' as const, place: 'Zamzam', country: null, incident: 'the assault on the Zamzam camp' };

test('a lower count of verified or documented deaths does not contradict a higher toll of the same event', () => {
  const sentences = [
    'The UN human rights office said it had verified 148 killings in the assault on the Zamzam camp.',
    'The monitor said it had documented the killing of 47 civilians in the assault on the Zamzam camp.',
    'The mission has confirmed 112 civilian deaths in the assault on the Zamzam camp.',
  ];
  for (const sentence of sentences) {
    const value = Number(/\d+/.exec(sentence)?.[0]);
    const specs: ClaimSpec[] = [
      { id: 'toll', published: '2025-04-13', speakerOrg: 'Minni Minnawi', value: 400, bound: 'lower', ...EVENT },
      { id: 'verified', published: '2025-04-14', speakerOrg: 'UN monitors', value, stance: 'confirmed', sentence, ...EVENT },
    ];
    const board = reconcile(specs.map(sourced));
    assert.deepEqual(board.relations.map((r) => r.verdict), ['not-comparable'], sentence);
    assert.match(board.relations[0]?.why ?? '', /verified so far/);
  }
});

test('a source that only confirms a lower number, with no word of verifying, is still compared', () => {
  const specs: ClaimSpec[] = [
    { id: 'toll', published: '2025-04-13', speakerOrg: 'Minni Minnawi', value: 400, bound: 'lower', ...EVENT },
    { id: 'lower', published: '2025-04-14', speakerOrg: 'UN monitors', value: 148, stance: 'confirmed', sentence: 'UN monitors said 148 people were killed in the assault on the Zamzam camp.', ...EVENT },
  ];
  assert.deepEqual(reconcile(specs.map(sourced)).relations.map((r) => r.verdict), ['conflict']);
});

test('a verified count given before a higher toll is the same floor: not comparable, whichever came first', () => {
  const sentences = [
    'The UN human rights office said it had verified 148 killings in the assault on the Zamzam camp.',
    'Investigators said they had documented 61 deaths in the assault on the Zamzam camp.',
    'The mission said it had so far verified 90 civilian deaths in the assault on the Zamzam camp.',
  ];
  for (const sentence of sentences) {
    const value = Number(/\d+/.exec(sentence)?.[0]);
    const specs: ClaimSpec[] = [
      { id: 'verified', published: '2025-04-13', speakerOrg: 'UN monitors', value, stance: 'confirmed', sentence, ...EVENT },
      { id: 'toll', published: '2025-04-14', speakerOrg: 'UN spokesperson', value: 400, bound: 'lower', ...EVENT },
    ];
    const board = reconcile(specs.map(sourced));
    assert.deepEqual(board.relations.map((r) => r.verdict), ['not-comparable'], sentence);
    assert.match(board.relations[0]?.why ?? '', /“\d+ [^”]*” .* counts only the deaths verified so far, a floor below the full toll that .*“400/);
  }
});

test('a count of the dead identified so far is a floor, whoever gives it: not comparable with the higher toll', () => {
  const sentences = [
    'Police said 12 bodies had been identified after the assault on the Zamzam camp.',
    'Investigators said the bodies of 62 people have been identified so far.',
    'Forensic teams have identified 30 of the dead, officials said.',
  ];
  for (const sentence of sentences) {
    const value = Number(/\d+/.exec(sentence)?.[0]);
    const specs: ClaimSpec[] = [
      { id: 'toll', published: '2025-04-13', speakerOrg: 'Minni Minnawi', value: 400, bound: 'lower', ...EVENT },
      { id: 'identified', published: '2025-04-14', speakerOrg: 'Police', value, sentence, ...EVENT },
    ];
    const board = reconcile(specs.map(sourced));
    assert.deepEqual(board.relations.map((r) => r.verdict), ['not-comparable'], sentence);
  }
});

test('a monitor that documented or verified a count gives a floor whatever stance the sentence was read with', () => {
  const sentences = [
    'Amnesty International said it had documented the deliberate killing of 47 civilians in the assault on the Zamzam camp.',
    'The monitors said they had verified 112 deaths in the assault on the Zamzam camp.',
    'Researchers have corroborated 58 killings in the assault on the Zamzam camp, the group said.',
  ];
  for (const sentence of sentences) {
    const value = Number(/\d+/.exec(sentence)?.[0]);
    const specs: ClaimSpec[] = [
      { id: 'toll', published: '2025-04-13', speakerOrg: 'Minni Minnawi', value: 400, bound: 'lower', ...EVENT },
      { id: 'documented', published: '2025-12-03', speakerOrg: 'Amnesty International', value, stance: 'asserted', sentence, ...EVENT },
    ];
    assert.deepEqual(reconcile(specs.map(sourced)).relations.map((r) => r.verdict), ['not-comparable'], sentence);
  }
});
