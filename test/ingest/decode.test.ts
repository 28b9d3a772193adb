import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeSource, declaredCharset } from '../../src/ingest/decode.js';
import { IngestError } from '../../src/ingest/errors.js';
import { sourceOf } from '../support/temp.js';

function refusal(bytes: Buffer | string, contentType: string | null = null): string {
  try {
    decodeSource(sourceOf('input.txt', bytes, contentType));
  } catch (error) {
    assert.ok(error instanceof IngestError);
    assert.equal(error.input, 'input.txt');
    return error.reason;
  }
  assert.fail('expected a refusal');
}

test('UTF-8 text decodes, with its byte-order mark removed', () => {
  const { text, encoding } = decodeSource(sourceOf('a.txt', Buffer.from('\uFEFFÜber 3,000 — “killed or wounded”')));
  assert.equal(encoding, 'utf-8');
  assert.equal(text, 'Über 3,000 — “killed or wounded”');
});

test('empty and blank inputs are refused', () => {
  assert.equal(refusal(''), 'empty file');
  assert.match(refusal(' \n\t\n'), /only white space/);
});

test('binary inputs are refused and named by kind', () => {
  assert.match(refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])), /binary file \(PNG image\)/);
  assert.match(refusal(Buffer.from('%PDF-1.7\n...')), /PDF document/);
  assert.match(refusal(Buffer.from([0x1f, 0x8b, 8, 0])), /gzip/);
  assert.match(refusal(Buffer.from('abc\u0000def')), /NUL bytes/);
});

test('invalid UTF-8 is refused with the offset of the first bad byte', () => {
  const bytes = Buffer.concat([Buffer.from('over 3,000 soldiers '), Buffer.from([0xc3, 0x28]), Buffer.from(' more')]);
  assert.equal(refusal(bytes), 'invalid UTF-8 at byte 20 (convert the file or declare its encoding)');
  assert.match(refusal(Buffer.concat([Buffer.from('truncated '), Buffer.from([0xe2, 0x80])])), /at byte 10/);
});

test('a declared legacy charset is honoured (HTTP header, meta tag, XML declaration)', () => {
  const cp1251 = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет"
  assert.equal(decodeSource(sourceOf('p.html', cp1251, 'text/html; charset=windows-1251')).text, 'Привет');
  const page = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1251"></head><body>'), cp1251]);
  assert.match(decodeSource(sourceOf('p.html', page)).text, /Привет/);
  assert.equal(declaredCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss/>')), 'ISO-8859-1');
  const latin1 = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss>'), Buffer.from([0xe9]), Buffer.from('</rss>')]);
  assert.match(decodeSource(sourceOf('f.xml', latin1)).text, /<rss>é<\/rss>/);
});

test('an unknown declared charset falls back to UTF-8', () => {
  assert.equal(decodeSource(sourceOf('a.txt', 'plain words', 'text/plain; charset=x-made-up')).text, 'plain words');
});

test('UTF-16 with a byte-order mark is text, not binary', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('30 killed', 'utf16le')]);
  assert.equal(decodeSource(sourceOf('a.txt', bytes)).text, '30 killed');
});
