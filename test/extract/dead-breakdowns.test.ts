import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

const all = (text: string) => extractClaims({ id: 'd_breakdown', text, published: '2015-11-05T12:00:00.000Z' }).map((c) => `${c.outcome} ${c.quantity?.value} [${c.subject.text}]`);

test('a toll broken down item by item, "of the dead" said once: each item is a part of the same dead', () => {
  assert.deepEqual(all('Fourteen of the dead were MSF staff, 24 were patients and four were caretakers, the group said.'), [
    'killed 14 [MSF staff]',
    'killed 24 [patients]',
    'killed 4 [caretakers]',
  ]);
  assert.deepEqual(all('Five of the wounded were children and two were women, doctors said.'), ['wounded 5 [children]', 'wounded 2 [women]']);
  assert.deepEqual(all('Nine of the dead were police officers, three were soldiers and one was a nurse.').map((c) => c.split(' [')[0]), ['killed 9', 'killed 3', 'killed 1']);
});

test('"were" after a count with no breakdown before it is no part of one', () => {
  assert.deepEqual(all('Officials said 12 were killed; 40 were evacuated.').map((c) => c.split(' [')[0]), ['killed 12']);
});
