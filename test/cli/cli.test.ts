import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { tempDir } from '../support/temp.js';

const BIN = fileURLToPath(new URL('../../bin/corroborate.js', import.meta.url));
const near = (name: string) => readFileSync(new URL(`../fixtures/near-duplicates/${name}`, import.meta.url), 'utf8');

function run(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? tempDir(),
    env: { ...process.env, CORROBORATE_DB: '', ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ndjson = (text: string) => text.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);

test('--help lists the commands and exits 0; a wrong command line exits 2', () => {
  const help = run(['--help']);
  assert.equal(help.code, 0);
  for (const command of ['ingest', 'documents', 'show', 'demo']) assert.match(help.stdout, new RegExp(`\\b${command}\\b`));
  assert.equal(run(['no-such-command']).code, 2);
  assert.equal(run(['ingest']).code, 2, 'ingest without inputs');
  assert.equal(run(['ingest', 'x', '--max-bytes', 'lots']).code, 2);
});

test('ingest: good inputs stored, each bad input one error line, exit 1, and re-ingest adds nothing', () => {
  const cwd = tempDir();
  writeFileSync(join(cwd, 'story.txt'), near('original.txt'));
  writeFileSync(join(cwd, 'copy.txt'), near('syndicated.txt'));
  writeFileSync(join(cwd, 'empty.md'), '');
  const first = run(['ingest', 'story.txt', 'empty.md', 'copy.txt', 'nope.html'], { cwd });
  assert.equal(first.code, 1);
  const errors = first.stderr.split('\n').filter((line) => line.startsWith('corroborate: '));
  assert.deepEqual(errors, ['corroborate: empty.md: empty file', 'corroborate: nope.html: no such file or directory']);
  assert.match(first.stdout, /added/);
  assert.match(first.stdout, /copy of d_/);
  assert.ok(existsSync(join(cwd, 'corroborate.db')), 'the default store is ./corroborate.db');
  assert.doesNotMatch(first.stderr, /ingest \[|\r/, 'no progress bar when stderr is not a terminal');

  const again = run(['ingest', 'story.txt', 'copy.txt'], { cwd });
  assert.equal(again.code, 0);
  assert.equal(again.stdout.match(/already stored/g)?.length, 2);
  assert.match(again.stderr, /0 documents added, 2 already stored, 0 failed/);
});

test('ingest --json prints one parseable result per input; stdin with -', () => {
  const cwd = tempDir();
  const result = run(['ingest', '--json', '-'], { cwd, input: 'At least 30 North Korean soldiers were killed or wounded, officials said on Monday.' });
  assert.equal(result.code, 0);
  const [record] = ndjson(result.stdout);
  assert.equal(record?.input, 'stdin');
  assert.equal(record?.ok, true);
  assert.equal((record?.documents as Array<{ status: string }>)[0]?.status, 'added');
});

test('--db and CORROBORATE_DB choose the store; documents and show read it back', () => {
  const cwd = tempDir();
  writeFileSync(join(cwd, 'story.txt'), near('original.txt'));
  assert.equal(run(['ingest', 'story.txt'], { cwd, env: { CORROBORATE_DB: 'from-env.db' } }).code, 0);
  assert.ok(existsSync(join(cwd, 'from-env.db')));
  const listed = run(['documents', '--json'], { cwd, env: { CORROBORATE_DB: 'from-env.db' } });
  const [document] = ndjson(listed.stdout);
  assert.match(String(document?.id), /^d_[0-9a-f]{16}$/);
  assert.equal(run(['documents', '--db', 'other.db', '--json'], { cwd }).stdout, '');
  const shown = run(['show', String(document?.id), '--db', 'from-env.db', '--json'], { cwd });
  const full = JSON.parse(shown.stdout) as { text: string; appearances: Array<{ name: string }> };
  assert.equal(full.text, near('original.txt').trim());
  assert.equal(full.appearances[0]?.name, 'story.txt');
  assert.equal(run(['show', 'd_0000000000000000', '--db', 'from-env.db'], { cwd }).code, 1);
});

test('a store that cannot be opened exits 3 with the reason', () => {
  const cwd = tempDir();
  writeFileSync(join(cwd, 'not-a-db.db'), 'this is not a SQLite database, just text that is long enough to be read as a header');
  const result = run(['documents', '--db', 'not-a-db.db'], { cwd });
  assert.equal(result.code, 3);
  assert.match(result.stderr, /not-a-db\.db/);
  const pg = run(['documents', '--db', 'postgres://user:secret@localhost/db'], { cwd });
  assert.equal(pg.code, 3);
  assert.doesNotMatch(pg.stderr, /secret/, 'passwords never printed');
});

test('demo: ingests the bundled corpus into a fresh store and shows documents, dates and origins', () => {
  const cwd = tempDir();
  const result = run(['demo'], { cwd });
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /corroborate demo: \d+ documents from \d+ source files, \d+ independent origins/);
  assert.match(result.stdout, /Copies of d_[0-9a-f]{16}/);
  assert.match(result.stdout, /2024-12-\d\d/);
  const json = run(['demo', '--json'], { cwd });
  assert.equal(json.code, 0, 'running the demo twice replaces its own store');
  const documents = ndjson(json.stdout);
  assert.ok(documents.length >= 13, `${documents.length} demo documents`);
  const formats = new Set(documents.map((d) => (d.meta as { format: string }).format));
  for (const format of ['markdown', 'text', 'html', 'rss', 'atom', 'telegram']) assert.ok(formats.has(format), `demo has ${format}`);
  const clusters = new Map<string, number>();
  for (const d of documents) clusters.set(String(d.origin), (clusters.get(String(d.origin)) ?? 0) + 1);
  assert.ok([...clusters.values()].some((size) => size >= 3), 'the syndicated copy and the rewrite join their original');

  writeFileSync(join(cwd, 'mine.db'), '');
  run(['ingest', '--db', 'mine.db', '-'], { cwd, input: 'Some text that belongs to the user, 12 killed.' });
  const refused = run(['demo', '--db', 'mine.db'], { cwd });
  assert.equal(refused.code, 3);
  assert.match(refused.stderr, /not a demo store/);
});

const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

test('extract prints claims.md records for one file; --published resolves periods; table for people', () => {
  const cwd = tempDir();
  writeFileSync(join(cwd, 'kirby.md'), '---\npublished: 2024-12-27T21:00:00Z\n---\nWhite House spokesperson John Kirby said over 1,000 North Korean soldiers were killed or wounded in the last week alone.\n');
  const result = run(['extract', 'kirby.md'], { cwd });
  assert.equal(result.code, 0, result.stderr);
  const [claim] = ndjson(result.stdout) as Array<{ outcome: string; quantity: { value: number; bound: string }; period: { start: string; end: string }; speaker: { name: string }; doc: string }>;
  assert.equal(claim?.outcome, 'casualties');
  assert.deepEqual([claim?.quantity.value, claim?.quantity.bound], [1000, 'lower']);
  assert.deepEqual([claim?.period.start, claim?.period.end], ['2024-12-21', '2024-12-27']);
  assert.equal(claim?.speaker.name, 'John Kirby');
  assert.match(claim?.doc ?? '', /^d_[0-9a-f]{16}$/);
  const overridden = ndjson(run(['extract', 'kirby.md', '--published', '2025-01-10'], { cwd }).stdout)[0] as { period: { end: string } };
  assert.equal(overridden.period.end, '2025-01-10');
  const table = run(['extract', '-', '--format', 'table'], { cwd, input: 'Six Malian soldiers were killed and eight are missing, the army said.' });
  assert.match(table.stdout, /killed\s+Six/);
  assert.match(table.stdout, /missing\s+eight/);
  assert.equal(run(['extract', 'nope.txt'], { cwd }).code, 1);
  assert.equal(run(['extract', 'kirby.md', '--published', 'yesterday'], { cwd }).code, 2);
});

test('quantities: one line of quantities per input line, NDJSON or plain text', () => {
  const input = `${JSON.stringify({ text: 'Zelenskyy said over 3,000 North Korean soldiers were killed or wounded.' })}\nThe pact was signed in 2024 and costs $2.5 billion.\n\n`;
  const result = run(['quantities'], { input });
  assert.equal(result.code, 0, result.stderr);
  const lines = ndjson(result.stdout) as Array<{ quantities: Array<{ text: string; value: number; min: number | null; change: string; start: number; end: number }> }>;
  assert.equal(lines.length, 3);
  assert.deepEqual(lines[0]?.quantities.map((q) => [q.text, q.value, q.min, q.change]), [['over 3,000', 3000, 3000, '>']]);
  assert.deepEqual(lines[1]?.quantities.map((q) => q.value), [2.5e9], 'years are not quantities; money is');
  assert.deepEqual(lines[2]?.quantities, []);
});

test('eval scores a gold file and --min-f1 turns a low score into exit 1', () => {
  const result = run(['eval', join(SHARED, 'eval/dev/seeds.gold.jsonl'), '--texts', join(SHARED, 'seeds'), '--json']);
  assert.equal(result.code, 0, result.stderr);
  const report = JSON.parse(result.stdout) as { f1: number; tp: number };
  assert.ok(report.f1 >= 0.9);
  const human = run(['eval', join(SHARED, 'eval/dev/seeds.gold.jsonl'), '--texts', join(SHARED, 'seeds')]);
  assert.match(human.stdout, /F1 \d\.\d\d/);
  const cwd = tempDir();
  writeFileSync(join(cwd, 'gold.jsonl'), `${JSON.stringify({ doc: 'a.txt', published: null, claims: [{ outcome: 'killed', value: 5, bound: 'exact', evidence: 'nothing here', speaker_key: null, stance: 'reported', subject_kind: null, location_text: null, subject_text: null, manner: null, max: null }] })}\n`);
  writeFileSync(join(cwd, 'a.txt'), 'A quiet day with nothing to report.');
  assert.equal(run(['eval', 'gold.jsonl', '--min-f1', '0.5'], { cwd }).code, 1);
  assert.equal(run(['eval', 'missing.jsonl'], { cwd }).code, 3);
});

test('ingest stores claims with their documents; claims lists them; the demo shows them', () => {
  const cwd = tempDir();
  writeFileSync(join(cwd, 'story.txt'), near('original.txt'));
  assert.equal(run(['ingest', 'story.txt'], { cwd }).code, 0);
  const stored = ndjson(run(['claims', '--json'], { cwd }).stdout) as Array<{ outcome: string; quantity: { value: number } | null; doc: string }>;
  assert.ok(stored.some((c) => c.outcome === 'casualties' && c.quantity?.value === 1000), JSON.stringify(stored.map((c) => [c.outcome, c.quantity?.value])));
  const documents = ndjson(run(['documents', '--json'], { cwd }).stdout);
  assert.ok(stored.every((c) => c.doc === documents[0]?.id));
  assert.match(run(['claims', '--outcome', 'casualties'], { cwd }).stdout, /casualties/);
  const demo = run(['demo'], { cwd });
  assert.match(demo.stdout, /\d+ claims\./);
  assert.match(demo.stdout, /Claims, in publication order/);
  assert.match(demo.stdout, /casualties\s+more than 3,000 \[lower\]/);
});
