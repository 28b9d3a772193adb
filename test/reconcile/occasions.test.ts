import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayOfIso, isoOfDay } from '../../src/reconcile/days.js';
import { statedSpan } from '../../src/reconcile/occasions.js';
import { sourced } from './build.js';

function stated(sentence: string, published: string, period: { text: string; start: string; end: string } | null = null): string {
  const { claim } = sourced({ id: 'x', published, sentence, period });
  const span = statedSpan(claim, dayOfIso(published));
  return `${isoOfDay(span.start)}..${isoOfDay(span.end)}`;
}

test('the day a statement was made: a weekday, a date, a month, or the days before publication', () => {
  assert.equal(stated('Kirby said on Friday that over 1,000 were killed or wounded.', '2024-12-28'), '2024-12-27..2024-12-27');
  assert.equal(stated('Ukraine said on December 16 that at least 30 were hit.', '2024-12-20'), '2024-12-16..2024-12-16');
  assert.equal(stated('In December the agency said around 100 were killed.', '2025-01-13'), '2024-12-01..2024-12-31');
  assert.equal(stated('Officials said 50 were killed.', '2024-12-22'), '2024-12-20..2024-12-22');
});

test('dates inside the claim’s own period are what the number covers, not when it was said', () => {
  const period = { text: 'on December 14 and 15', start: '2024-12-14', end: '2024-12-15' };
  assert.equal(stated('HUR said at least 30 were killed or wounded on December 14 and 15.', '2024-12-16', period), '2024-12-14..2024-12-16');
  assert.equal(stated('On Monday, HUR said at least 30 were killed or wounded on December 14 and 15.', '2024-12-17', period), '2024-12-16..2024-12-16');
});

test('a recap of two earlier statements of one speaker does not make them one statement', async () => {
  const { reconcile } = await import('../../src/reconcile/board.js');
  const KILLED = { outcome: 'killed' as const, affiliation: null, kind: 'civilian' as const, group: 'people', place: 'Kyiv' };
  const recaps: Array<[string, string]> = [
    ['the city administration', 'the city’s military administration'],
    ['officials', 'the city’s military administration'],
    ['the regional administration', 'the regional military administration'],
  ];
  for (const [recapSpeaker, speaker] of recaps) {
    const board = reconcile(
      [
        { id: 'first', doc: 'd_first', published: '2024-07-08', speakerOrg: speaker, value: 20, ...KILLED, sentence: `${speaker} said at least 20 people were killed.` },
        { id: 'part', doc: 'd_first', published: '2024-07-08', speakerOrg: speaker, value: 2, ...KILLED, place: 'Okhmatdyt', sentence: `${speaker} said two people were killed at the hospital.`, sentenceStart: 100 },
        { id: 'second', doc: 'd_second', published: '2024-07-09', speakerOrg: speaker, value: 33, ...KILLED, sentence: `${speaker} said on Tuesday that 33 people had been killed.` },
        { id: 'recap-part', doc: 'd_recap', published: '2024-07-10', speakerOrg: recapSpeaker, value: 2, ...KILLED, place: 'Okhmatdyt', sentence: `Two people died at the hospital, according to ${recapSpeaker}.` },
        { id: 'recap-toll', doc: 'd_recap', published: '2024-07-10', speakerOrg: recapSpeaker, value: 33, ...KILLED, sentence: `In Kyiv, 33 people were killed, according to ${recapSpeaker}.`, sentenceStart: 100 },
        { id: 'later-copy', doc: 'd_later', published: '2024-07-10', speakerOrg: speaker, value: 33, ...KILLED, sentence: `Strikes killed 33 people in Kyiv, ${speaker} said.` },
      ].map(sourced),
    );
    assert.notEqual(board.claims.first?.origin, board.claims.second?.origin, recapSpeaker);
    assert.equal(board.claims['recap-toll']?.origin, board.claims.second?.origin, recapSpeaker);
  }
});

test('a month followed by a comma, and a month "last year", date the statement', () => {
  assert.equal(stated("The city council had put the toll at about 300 in late March, citing eyewitnesses.", '2022-05-04'), '2022-03-01..2022-03-31');
  assert.equal(stated('The council, citing eyewitnesses, said in March last year that about 300 people had been killed.', '2023-03-16'), '2022-03-01..2022-03-31');
  assert.equal(stated('In October last year, the ministry said 40 soldiers had died.', '2023-02-01'), '2022-10-01..2022-10-31');
  assert.equal(stated('The agency said on March 3 last year that 12 were killed.', '2023-06-01'), '2022-03-03..2022-03-03');
});
