import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linesOf, type Line } from '../../src/ingest/lines.js';

async function* chunksOf(...chunks: (string | Buffer)[]): AsyncGenerator<Buffer> {
  for (const chunk of chunks) yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
}

async function lines(maxBytes: number, ...chunks: (string | Buffer)[]): Promise<(string | number)[][]> {
  const out: (string | number)[][] = [];
  for await (const line of linesOf(chunksOf(...chunks), maxBytes)) out.push(show(line));
  return out;
}

const show = (line: Line): (string | number)[] => ('tooLong' in line ? [line.number, 'too long', line.tooLong] : [line.number, line.bytes.toString('utf8')]);

test('lines are split wherever the chunks end, CRLF ends trimmed, a last line without an end kept', async () => {
  const euro = Buffer.from('€');
  assert.deepEqual(await lines(100, 'ab', 'c\r\nde\n\nf', euro.subarray(0, 1), euro.subarray(1), '\ng'), [
    [1, 'abc'],
    [2, 'de'],
    [3, ''],
    [4, 'f€'],
    [5, 'g'],
  ]);
});

test('a line over the cap is counted, not kept, and the next line is read', async () => {
  assert.deepEqual(await lines(4, '12', '345', '67\nok\n'), [
    [1, 'too long', 7],
    [2, 'ok'],
  ]);
  assert.deepEqual(await lines(4, '1234\n'), [[1, '1234']], 'exactly the cap is fine');
});
