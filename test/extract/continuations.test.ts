import assert from 'node:assert/strict';
import { test } from 'node:test';
import { carriesOver, isListItem, lineBefore, opensOnBackReference, startsParagraph, statementHeader } from '../../src/extract/continuations.js';

const at = (sentence: string, speaker: string) => ({ start: sentence.indexOf(speaker), end: sentence.indexOf(speaker) + speaker.length, verb: 'said' });

test('an attribution that ends its sentence with a colon carries over', () => {
  const said = 'The army said in a statement:';
  assert.equal(carriesOver(said, at(said, 'The army')), true);
  const according = 'According to the ministry:';
  assert.equal(carriesOver(according, at(according, 'the ministry')), true);
  const quoted = 'He said: “We will rebuild.”';
  assert.equal(carriesOver(quoted, at(quoted, 'He')), false);
  const headline = 'Details:';
  assert.equal(carriesOver(headline, at(headline, 'Details')), false);
});

test('sentences that open on the number just given', () => {
  assert.equal(opensOnBackReference('This number includes 20 officers.'), true);
  assert.equal(opensOnBackReference('Of these, 9 were killed by drones.'), true);
  assert.equal(opensOnBackReference('Among the dead were 4 medics.'), true);
  assert.equal(opensOnBackReference('The number of displaced rose to 9,000.'), false);
});

test("a statement's header names its speaker; a place does not", () => {
  // A role beside a name: the person is the name, the role's body the organisation (appositions).
  assert.equal(statementHeader('Statement by the ministry spokesman, Dr. Ashraf Qidra')?.name, 'Ashraf Qidra', 'an honorific is no part of the name');
  assert.equal(statementHeader('Statement by the ministry spokesman, Dr. Ashraf Qidra')?.org, 'ministry spokesman');
  assert.equal(statementHeader('Press release from the Somali National Army')?.org, 'Somali National Army');
  assert.equal(statementHeader('Statement from Kyiv'), null);
  assert.equal(statementHeader('The statement from the army said 4 were killed in the raid on the border post at dawn on Monday.'), null);
});

test('list items, paragraphs and the line before a sentence', () => {
  assert.equal(isListItem('- 8 militants were killed', ''), true);
  assert.equal(isListItem('12 fighters were killed.', '1. '), true);
  assert.equal(isListItem('2.', ''), true);
  assert.equal(isListItem('Twelve fighters were killed.', ''), false);
  assert.equal(startsParagraph('One.\n\nTwo.', 4, 6), true);
  assert.equal(startsParagraph('One.\nTwo.', 4, 5), false);
  assert.equal(lineBefore('said:\n2. Four were captured.', 9), '2. ');
  assert.equal(lineBefore('A long first sentence. Then another.', 23), 'x');
});
