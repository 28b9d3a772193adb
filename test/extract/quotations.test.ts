import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotations, quotationAround } from '../../src/extract/quotations.js';

/** The text of each quotation, marks included. */
function quoted(text: string): string[] {
  return findQuotations(text).map((q) => text.slice(q.open, q.close + 1));
}

test('straight and curly marks pair into quotations', () => {
  assert.deepEqual(quoted('"We held the line," the colonel said. He called it “a long night”.'), ['"We held the line,"', '“a long night”']);
  assert.deepEqual(quoted('The height was 5\'10" and the rest "unknown".'), ['"unknown"']);
  assert.deepEqual(quoted('«Nobody came», she wrote, and „nobody called“ either.'), ['«Nobody came»']);
});

test('a quotation goes on over paragraphs that each open with a mark, and closes with the last', () => {
  const text = '“The first paragraph ends here.\n“The second one too.\n“The last one closes.”\nThen the writer speaks.';
  assert.deepEqual(quoted(text), ['“The first paragraph ends here.\n“The second one too.\n“The last one closes.”']);
  assert.equal(findQuotations(text)[0]?.opensLine, true);
});

test('a line wrapped mid-sentence keeps its quotation open; one left open at a paragraph end is dropped', () => {
  assert.deepEqual(quoted('The mayor said: "We counted the houses\nthat burned."'), ['"We counted the houses\nthat burned."']);
  assert.deepEqual(quoted('He said: "Nobody knows.\nThe road stays closed, the police said. "Fine" was all she said.'), ['"Fine"']);
});

test('the quotation around a span is found only when it encloses the whole span', () => {
  const text = 'Before. "Inside one. Inside two." After.';
  const quotations = findQuotations(text);
  assert.equal(quotationAround(quotations, text.indexOf('Inside two'), text.indexOf('two') + 3)?.open, text.indexOf('"'));
  assert.equal(quotationAround(quotations, 0, 6), undefined);
  assert.equal(quotationAround(quotations, text.indexOf('two'), text.indexOf('After') + 5), undefined);
});
