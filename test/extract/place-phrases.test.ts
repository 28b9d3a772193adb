import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endsWithPhrase, phraseEnding, startOfLastRuns } from '../../src/extract/place-phrases.js';

test('startOfLastRuns is where the text after its last runs of white space starts', () => {
  assert.equal(startOfLastRuns('fighting in the  town of ', 2), 'fighting in the  '.length);
  assert.equal(startOfLastRuns('in the ', 5), 0);
  assert.equal(startOfLastRuns('', 1), 0);
});

test('a phrase tried from its last runs reads as the pattern tried from every position', () => {
  const anywhere = /(?<!back\s)\b(?:in|at)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
  const fromRuns = new RegExp(anywhere.source, 'giu');
  for (const text of ['killed in the war-torn north ', 'came back in ', 'went home in the ', 'in ', 'fighting at\u00a0 the  old ', 'in the very far north ', 'said in']) {
    assert.equal(endsWithPhrase(fromRuns, 4, text), anywhere.test(text), text);
  }
  const name = /(\p{Lu}\p{L}*)\s+in\s+$/gu;
  assert.equal(phraseEnding(name, 2, 'Al-Qaeda in ')?.[1], 'Qaeda');
});
