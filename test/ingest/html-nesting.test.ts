import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deepestNesting, flattenDeepNesting, MAX_NESTING } from '../../src/ingest/html-nesting.js';
import { IngestError } from '../../src/ingest/errors.js';
import { documentsOf } from '../../src/ingest/read.js';
import { sourceOf } from '../support/temp.js';

const CLAIM = 'Officials said 12 soldiers were killed on Monday.';
const nestedPage = (depth: number, open = '<div>', close = '</div>') =>
  `<html><head><title>Deep</title></head><body>${open.repeat(depth)}<p>${CLAIM}</p>${close.repeat(depth)}</body></html>`;

test('markup nested no deeper than the limit is returned as it is', () => {
  const page = nestedPage(MAX_NESTING - 5);
  assert.equal(flattenDeepNesting(page), page);
  const paragraphs = `<body>${'<p>unclosed '.repeat(20_000)}</body>`;
  assert.equal(deepestNesting(paragraphs), 0, 'elements whose end tag may be left out do not count');
  assert.equal(flattenDeepNesting(paragraphs), paragraphs);
});

test('deeper markup loses only the tags below the limit, and keeps its text', () => {
  const flat = flattenDeepNesting(nestedPage(50_000), 100);
  assert.equal(deepestNesting(flat), 100);
  assert.ok(flat.includes(`<p>${CLAIM}</p>`));
  assert.equal((flat.match(/<div>/g) ?? []).length, 100);
  assert.equal((flat.match(/<\/div>/g) ?? []).length, 100);
  assert.equal(flattenDeepNesting('<b><i><u>x</u></i></b>', 1), '<b>x</b>');
});

const HOSTILE_PAGES: ReadonlyArray<{ name: string; build: (depth: number) => string }> = [
  { name: 'nested divs', build: (depth) => nestedPage(depth) },
  { name: 'divs never closed', build: (depth) => nestedPage(depth, '<div>', '') },
  { name: 'nested inline elements', build: (depth) => nestedPage(depth, '<b class="x">', '</b>') },
  { name: 'nested table cells', build: (depth) => nestedPage(depth, '<table><tr><td>', '</td></tr></table>') },
  { name: 'tags that never end', build: (depth) => `<html><body><p>${CLAIM}</p>${'<div '.repeat(depth)}</body></html>` },
];

/** The page read as an HTML source: its documents' texts, or the refusal. */
function read(page: string): string[] | IngestError {
  try {
    return documentsOf(sourceOf('deep.html', page, 'text/html')).drafts.map((draft) => draft.text);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
}

function timed(page: string): number {
  const started = performance.now();
  read(page);
  return performance.now() - started;
}

// Before flattening, 200,000 nested <div>s (2 MB) took 34 s: htmlparser2's open-element stack costs time in proportion to its depth.
for (const { name, build } of HOSTILE_PAGES) {
  test(`HTML of ${name}: read in time linear in its depth, and the claim is still found`, () => {
    timed(build(2_000)); // warm up
    const small = timed(build(2_000));
    const large = timed(build(200_000));
    assert.ok(large < Math.max(small, 5) * 400, `${name}: 100 times the depth took ${(large / Math.max(small, 5)).toFixed(0)} times as long (${large.toFixed(0)} ms)`);
    const texts = read(build(200_000));
    assert.ok(!(texts instanceof IngestError), `${name}: refused: ${texts instanceof IngestError ? texts.message : ''}`);
    assert.ok(texts.some((text) => text.includes(CLAIM)), `${name}: the claim is lost`);
  });
}
