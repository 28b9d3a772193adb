/**
 * Speakers misread on text from other wars, each class with sentences of our own: a name that
 * holds a verb of speech ("The United States", "Donbass Z Reports"), a report's field label
 * before a colon ("Casualties:"), and "according to X who …".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

const speakers = (text: string) =>
  extractClaims({ id: 'd_speaker_forms', text, published: '2024-03-01T12:00:00.000Z' }).map((c) => c.speaker?.text ?? null);

test('a capitalised verb of speech inside a name is part of the name', () => {
  assert.deepEqual(speakers('The United States said 40 civilians were killed in the strike.'), ['The United States']);
  assert.deepEqual(speakers('The Gulf States said on Monday that 12 of their soldiers had been killed.'), ['The Gulf States']);
  assert.deepEqual(speakers('Donbass Z Reports wrote that 300 Ukrainian soldiers were killed.'), ['Donbass Z Reports']);
  // A title-case headline still has its verb.
  assert.deepEqual(speakers('Zelensky Says 31,000 Ukrainian Soldiers Killed Since Invasion'), ['Zelensky']);
});

test('a report\'s field named by what it counts is no speaker', () => {
  assert.deepEqual(speakers('Casualties: at least 43 people were killed.'), [null]);
  assert.deepEqual(speakers('Deaths: 12 civilians were killed in the shelling overnight.'), [null]);
  assert.deepEqual(speakers('Injuries and losses: 40 soldiers were wounded in the assault.'), [null]);
  assert.deepEqual(speakers('HUR: at least 30 North Korean soldiers killed in Kursk'), ['HUR']);
});

test('"according to" names who, not the relative clause after it', () => {
  assert.deepEqual(speakers('At least 43 people were killed, according to medical staff at the referral hospital who spoke to the agency on Wednesday.'), [
    'medical staff at the referral hospital',
  ]);
  assert.deepEqual(speakers('At least 12 people died, according to residents who fled the village.'), ['residents']);
  assert.deepEqual(speakers('Nine soldiers were captured, according to a military source that asked not to be named.'), ['a military source']);
});

test('"12 killed, 40 wounded": each count in a listed pair keeps the participle after it', () => {
  const all = (text: string) => extractClaims({ id: 'd_pairs', text, published: '2024-03-01T12:00:00.000Z' }).map((c) => `${c.outcome} ${c.quantity?.value}`);
  assert.deepEqual(all('The ministry said 12 killed, 40 wounded.'), ['killed 12', 'wounded 40']);
  assert.deepEqual(all('Toll: 3 dead, 12 injured.'), ['killed 3', 'wounded 12']);
  assert.deepEqual(all('At least 5 people killed, 20 hurt in the blast, police said.'), ['killed 5', 'wounded 20']);
  // An active verb still takes its object after a comma-free gap.
  assert.deepEqual(all('The strike killed 40 people, officials said.'), ['killed 40']);
});

test('a modal before the verb of speech is the verb\'s: "MSF can now confirm that …"', () => {
  assert.deepEqual(speakers('MSF can now confirm that 22 people were killed.'), ['MSF']);
  assert.deepEqual(speakers('Officials will say on Monday that 40 people died.'), ['Officials']);
  assert.deepEqual(speakers('The ministry can confirm that 12 soldiers were captured.'), ['The ministry']);
  // A negated verb names no speaker of the claim.
  assert.deepEqual(speakers('The army could not confirm that 12 soldiers died.'), [null]);
});

test('whoever documented the killing of people counted them: "the office documented the unlawful killing of 73 civilians"', () => {
  assert.deepEqual(speakers('The office documented the unlawful killing of 73 civilians in the town.'), ['The office']);
  assert.deepEqual(speakers('The mission documented the deaths of 40 civilians.'), ['The mission']);
  assert.deepEqual(speakers('The UN verified the killing of 12 aid workers.'), ['The UN']);
});
