/**
 * Issue 14: killed and wounded that add up to the casualties their speaker
 * gave just before are that total broken down, and count the same people at
 * the same place over the same time.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../src/contracts/claim.js';
import { extractClaims } from '../../src/extract/extract.js';

const claimsOf = (text: string): Claim[] => extractClaims({ id: 'd_breakdown', text, published: '2024-11-16T18:00:00Z' });
const reading = (claim: Claim | undefined) => (claim ? `${claim.subject.affiliation} | ${claim.location?.name ?? '-'} | ${claim.period?.start ?? '-'}..${claim.period?.end ?? '-'}` : 'none');
const ofOutcome = (claims: readonly Claim[], outcome: Claim['outcome']) => claims.find((c) => c.outcome === outcome && c.quantity);

test('a breakdown that adds up to the total takes the side, place and period the total gave', () => {
  const stories = [
    "Russian forces lost more than 500 troops killed or wounded around Kupiansk over the past day, the spokesman for Ukraine's Khortytsia group of forces, Nazar Voloshyn, said. \"During the fighting, 221 of the enemy were killed and 314 wounded,\" Voloshyn told Ukrainian television.",
    'Ukrainian forces suffered about 400 casualties near Avdiivka on Friday, Russian Defence Ministry spokesman Igor Konashenkov said. Konashenkov said 170 were killed and 215 wounded.',
    'Israeli troops suffered 90 casualties in Rafah this week, the army said. The army said 21 had been killed and 69 wounded.',
  ];
  for (const story of stories) {
    const claims = claimsOf(story);
    const total = ofOutcome(claims, 'casualties');
    assert.ok(total, story);
    assert.equal(reading(ofOutcome(claims, 'killed')), reading(total), story);
    assert.equal(reading(ofOutcome(claims, 'wounded')), reading(total), story);
  }
});

test('numbers that do not add up to the total, another speaker’s, or the writer’s own are not its breakdown', () => {
  const stories = [
    // 221 + 314 is far above "about 300".
    "Russian forces lost about 300 troops around Kupiansk over the past day, Nazar Voloshyn said. \"The enemy had 221 killed and 314 wounded,\" Voloshyn said.",
    // Another speaker.
    'Ukrainian forces suffered about 400 casualties near Avdiivka on Friday, Igor Konashenkov said. Oleksandr Shtupun said 170 Russians were killed and 215 wounded.',
    // No speaker: the writer's own numbers.
    'Israeli troops suffered 90 casualties in Rafah this week, the army said. In all, 21 soldiers have been killed and 69 wounded.',
  ];
  for (const story of stories) {
    const claims = claimsOf(story);
    const total = ofOutcome(claims, 'casualties');
    assert.notEqual(reading(ofOutcome(claims, 'killed')), reading(total), story);
  }
});
