import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { writeFileAtomically } from '../../src/cli/write-output.js';
import { tempDir } from '../support/temp.js';

test('writeFileAtomically replaces the file only when every chunk is written', async () => {
  const dir = tempDir();
  const target = join(dir, 'brief.md');
  await writeFileAtomically(target, ['one\n', 'two\n']);
  assert.equal(readFileSync(target, 'utf8'), 'one\ntwo\n');

  function* failing() {
    yield 'half of a new brief\n';
    throw new Error('renderer failed');
  }
  await assert.rejects(writeFileAtomically(target, failing()), /brief\.md: not written: renderer failed/);
  assert.equal(readFileSync(target, 'utf8'), 'one\ntwo\n', 'the old file is untouched');
  assert.deepEqual(readdirSync(dir), ['brief.md'], 'no temporary file is left behind');
});

test('writeFileAtomically into a missing directory fails with the path and leaves nothing', async () => {
  const dir = tempDir();
  await assert.rejects(writeFileAtomically(join(dir, 'no', 'such', 'x.csv'), ['a']), /x\.csv: not written: no such directory/);
  writeFileSync(join(dir, 'keep'), '');
  assert.deepEqual(readdirSync(dir), ['keep']);
});
