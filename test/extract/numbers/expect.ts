/** Helpers for the number recogniser's tests: a text's numbers checked against the fields given. */
import assert from 'node:assert/strict';
import type { QuantityMention } from '../../../src/contracts/quantity.js';
import { findNumbers } from '../../../src/extract/numbers.js';
import { quantitiesOf } from '../../../src/extract/quantities.js';
import type { NumberMention } from '../../../src/extract/types.js';

export type Expected = Partial<NumberMention>;

function pick(mention: NumberMention | QuantityMention, keys: readonly string[]): Record<string, unknown> {
  const record = mention as unknown as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, record[key]]));
}

/** The single number in `text`, checked against the fields given. */
export function expectOne(text: string, expected: Expected): void {
  const found = findNumbers(text);
  assert.equal(found.length, 1, `one number in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((m) => m.text))}`);
  assert.deepEqual(pick(found[0]!, Object.keys(expected)), expected, JSON.stringify(text));
}

/** Every number in `text`, each checked against the fields given. */
export function expectAll(text: string, expected: readonly Expected[]): void {
  const found = findNumbers(text);
  assert.equal(found.length, expected.length, `${expected.length} numbers in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((m) => m.text))}`);
  found.forEach((mention, index) => {
    const wanted = expected[index]!;
    assert.deepEqual(pick(mention, Object.keys(wanted)), wanted, `${JSON.stringify(text)} #${index}`);
  });
}

export function expectNone(text: string): void {
  assert.deepEqual(findNumbers(text).map((m) => m.text), [], JSON.stringify(text));
}

export function exact(text: string, value: number, fields: Expected = {}): Expected {
  return { text, value, min: value, max: value, bound: 'exact', change: '=', ...fields };
}

/** The `quantities` command's records of `text`, each checked against the fields given. */
export function expectQuantities(text: string, expected: ReadonlyArray<Partial<QuantityMention>>): void {
  const found = quantitiesOf(text);
  assert.equal(found.length, expected.length, `${expected.length} quantities in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((q) => q.text))}`);
  found.forEach((quantity, index) => {
    const wanted = expected[index]!;
    assert.deepEqual(pick(quantity, Object.keys(wanted)), wanted, `${JSON.stringify(text)} #${index}`);
  });
}
