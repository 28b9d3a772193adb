import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';
import { clauseSubject } from '../../src/extract/coordinated-speech.js';

function attributed(text: string): Array<[number | null, string | null, string]> {
  return extractClaims({ id: 'c', text, published: '2025-03-01T12:00:00Z' }).map((c) => [c.quantity?.value ?? null, c.speaker?.text ?? null, c.stance]);
}

test('a verb of speech after "and" or "but" shares the first clause\'s subject', () => {
  assert.deepEqual(attributed('The provincial governor acknowledged the setback, and claimed that 300 enemy soldiers had died in the assault.'), [[300, 'The provincial governor', 'alleged']]);
  assert.deepEqual(attributed('The health ministry denied the rumours but said 40 people were killed in the blast.'), [[40, 'The health ministry', 'asserted']]);
  assert.deepEqual(attributed('Army spokesman Ali Hassan rejected the accusation but confirmed that 12 civilians died in the raid.'), [[12, 'Army spokesman Ali Hassan', 'confirmed']]);
});

test('the first clause may open on a time phrase and hold a person beside their role', () => {
  assert.deepEqual(attributed("On Monday, Freedonia's top commander, Oleksandr Brenko, publicly conceded the retreat, praising his men, and said 250 enemy soldiers were killed.").map((c) => c[1]), ["Freedonia's top commander, Oleksandr Brenko"]);
  assert.deepEqual(attributed('Rebel commanders admitted heavy losses on Sunday and said about 120 fighters had been killed near the dam.').map((c) => c[1]), ['Rebel commanders']);
});

test('no shared subject: another speaker, or no verb after a subject', () => {
  assert.deepEqual(attributed('The ministry said the report was false and claimed that 20 soldiers died.').map((c) => c[1]), ['The ministry']);
  assert.equal(clauseSubject('Heavy fighting'), null);
  assert.equal(clauseSubject('The army, the police, the ministry denied it'), null);
});

test('a word of speech used as a noun in the first clause is no other speaker', () => {
  assert.deepEqual(attributed('The agency declined to give its own estimate of the dead, but said the toll was likely to be below 400.').map((c) => c[1]), ['The agency']);
  assert.deepEqual(attributed('The army refused to publish a report but said 35 soldiers had been wounded.').map((c) => c[1]), ['The army']);
  assert.deepEqual(attributed('The governor questioned the claims of the rebels and said 60 fighters died.').map((c) => c[1]), ['The governor']);
});
