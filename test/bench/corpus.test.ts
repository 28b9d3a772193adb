import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyStats, generateDocuments, mulberry32, type CorpusDocument } from '../../bench/corpus.js';

function take(seed: number, n: number): CorpusDocument[] {
  const docs: CorpusDocument[] = [];
  for (const doc of generateDocuments(seed, Number.MAX_SAFE_INTEGER)) {
    docs.push(doc);
    if (docs.length === n) break;
  }
  return docs;
}

test('mulberry32 is deterministic and uniform enough', () => {
  const a = mulberry32(7);
  const b = mulberry32(7);
  let sum = 0;
  for (let i = 0; i < 10_000; i++) {
    const x = a();
    assert.equal(x, b());
    assert.ok(x >= 0 && x < 1);
    sum += x;
  }
  assert.ok(Math.abs(sum / 10_000 - 0.5) < 0.02);
});

test('the same seed gives identical first three documents; another seed does not', () => {
  const first = take(42, 3);
  const again = take(42, 3);
  assert.equal(first.length, 3);
  assert.deepEqual(again, first);
  const other = take(43, 3);
  assert.notEqual(other[0]?.text, first[0]?.text);
});

test('documents are news-like: 300 to about 1,500 words, unique ids, ISO publication dates', () => {
  const seen = new Set<string>();
  for (const doc of generateDocuments(5, 512 * 1024)) {
    const words = doc.text.split(/\s+/).filter(Boolean).length;
    assert.ok(words >= 300 && words <= 1600, `${doc.id} has ${words} words`);
    assert.ok(!seen.has(doc.id));
    seen.add(doc.id);
    assert.equal(new Date(doc.published).toISOString(), doc.published);
    assert.match(doc.text, /^[^\n]+\n\n[A-Z' -]+, [A-Z][a-z]+\.? \d{1,2} \([A-Za-z ]+\) — /);
  }
});

test('sizes add up to about the requested bytes', () => {
  for (const total of [100_000, 1024 * 1024]) {
    const stats = emptyStats();
    let bytes = 0;
    let largest = 0;
    for (const doc of generateDocuments(9, total, stats)) {
      const size = Buffer.byteLength(doc.text, 'utf8');
      bytes += size;
      largest = Math.max(largest, size);
    }
    assert.equal(stats.bytes, bytes);
    assert.ok(bytes >= total, `${bytes} < ${total}`);
    assert.ok(bytes - total < largest, `overshoot ${bytes - total} is more than one document`);
    assert.ok(largest < 16_000, `largest document ${largest} bytes`);
  }
});

test('about one sentence in eight holds a casualty or deployment number, and distractor numbers are common', () => {
  const stats = emptyStats();
  let text = '';
  for (const doc of generateDocuments(11, 1024 * 1024, stats)) text += `${doc.text}\n\n`;
  const share = stats.claimSentences / stats.sentences;
  assert.ok(share >= 1 / 12 && share <= 1 / 5, `claim sentences: 1 in ${(1 / share).toFixed(1)}`);
  assert.ok(stats.distractorSentences / stats.sentences > 0.15);
  // The casualty wording itself is in the text, not just in the tally.
  assert.match(text, /At least [\d,]+ people were killed and/);
  assert.match(text, /\b(?:19|20)\d\d\b/); // years
  assert.match(text, /\$\d+(?:\.\d)? (?:million|billion)/); // money
  assert.match(text, /\d+ km\b/); // distances
  assert.match(text, /\d+(?:\.\d)?(?: percent|%)/); // percentages
  assert.match(text, /\d+-year-old/); // ages
});
