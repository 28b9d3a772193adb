import assert from 'node:assert/strict';
import { test } from 'node:test';
import { leadingPrefixes } from '../../src/extract/regex-prefixes.js';
import { WordStartAlternation } from '../../src/extract/word-start-alternation.js';

const prefixes = (source: string) => [...(leadingPrefixes(source) ?? ['null'])].sort();

test('the leading characters of a pattern: alternatives, optional words, classes and repetitions', () => {
  assert.deepEqual(prefixes('(?:(?:have|has|had)\\s*)?(?:taken|took)\\s+own'), ['had', 'has', 'hav', 'tak', 'too']);
  assert.deepEqual(prefixes('pows?'), ['pow']);
  assert.deepEqual(prefixes('ab|x{2}'), ['ab', 'xx']);
  assert.deepEqual(prefixes('no\\s+(?:[a-z-]+\\s+){0,3}x'), ['no_']);
  assert.deepEqual(prefixes('hospitali[sz]ed'), ['hos']);
  assert.deepEqual(prefixes('x(?=y)z'), ['xz']);
  assert.deepEqual(prefixes('[^a]b').length, 27);
});

test('a pattern the reader does not know is "could start anywhere"', () => {
  assert.deepEqual(prefixes('(?<name>a)'), ['null']);
  assert.deepEqual(prefixes('\\1a'), ['null']);
  assert.deepEqual(prefixes('a(b'), ['null']);
});

const RULES = [
  { pattern: 'killed\\s+(?:or|and)\\s+wounded' },
  { pattern: 'killed|dead' },
  { pattern: '(?:were|was)\\s+executed' },
  { pattern: 'toll' },
];

/** Every match of the one regex the alternation stands for, as [index, text, rule]. */
function oneRegex(text: string): Array<[number, string, number]> {
  const whole = new RegExp(`\\b(?:${RULES.map((rule) => `(${rule.pattern})`).join('|')})\\b`, 'gi');
  return [...text.matchAll(whole)].map((match) => [match.index, match[0], match.findIndex((group, index) => index > 0 && group !== undefined) - 1]);
}

function scanned(text: string): Array<[number, string, number]> {
  const alternation = new WordStartAlternation(RULES);
  const found: Array<[number, string, number]> = [];
  for (let from = 0, hit = alternation.exec(text, 0); hit; hit = alternation.exec(text, from)) {
    const group = hit.match.findIndex((value, index) => index > 0 && value !== undefined);
    found.push([hit.match.index, hit.match[0], RULES.indexOf(hit.rules[group - 1]!)]);
    from = hit.match.index + hit.match[0].length;
  }
  return found;
}

test('the scan of word starts finds what the one regex finds, rule and priority included', () => {
  for (const text of [
    'Nine were KILLED and wounded when the toll road was shelled; two were executed.',
    'undead tolls: overkilled,dead-end, toll_booth, 3dead, é-dead and Killed\u00a0or\u00a0wounded',
    'the death Toll was    executed wasexecuted was executedly dead.',
    'tol to t toll',
  ]) {
    assert.deepEqual(scanned(text), oneRegex(text), text);
  }
});
