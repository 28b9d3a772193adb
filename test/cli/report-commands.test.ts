import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, test } from 'node:test';
import { tempDir } from '../support/temp.js';

const BIN = fileURLToPath(new URL('../../bin/corroborate.js', import.meta.url));

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, CORROBORATE_DB: '' }, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const cwd = tempDir();
before(() => {
  const demo = run(['demo', '--db', 'demo.db'], cwd);
  assert.equal(demo.code, 0, demo.stderr);
});

test('brief prints Markdown; --format html --out writes a whole HTML file; filters narrow the figures', () => {
  const markdown = run(['brief', '--db', 'demo.db'], cwd);
  assert.equal(markdown.code, 0, markdown.stderr);
  assert.match(markdown.stdout, /^# Casualty and deployment claims\n/);
  assert.match(markdown.stdout, /\n## Sources\n\n- \[1\] /);

  const written = run(['brief', '--db', 'demo.db', '--format', 'html', '--out', 'brief.html', '--title', 'Kursk'], cwd);
  assert.equal(written.code, 0, written.stderr);
  assert.equal(written.stdout, '');
  const html = readFileSync(join(cwd, 'brief.html'), 'utf8');
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /<h1>Kursk<\/h1>/);
  assert.match(html, /<\/html>\n$/);

  const killed = run(['brief', '--db', 'demo.db', '--subject', 'kp', '--outcome', 'killed'], cwd).stdout;
  const headings = [...killed.matchAll(/^### (.*)$/gm)].map((m) => m[1]!);
  assert.ok(headings.length > 0);
  assert.ok(headings.every((h) => h.startsWith('North Korean') && h.includes(' — killed — ')), headings.join('\n'));

  const since = run(['brief', '--db', 'demo.db', '--since', '2025-01-12'], cwd).stdout;
  const dates = [...since.matchAll(/^- \[\d+\] .*?, (\d+ \w+ \d{4})\./gm)].map((m) => m[1]!);
  assert.ok(dates.length > 0 && dates.every((d) => /Jan 2025/.test(d) && Number(d.split(' ')[0]) >= 12), dates.join(', '));
});

test('brief: a wrong option exits 2; an --out that cannot be written exits 3 and leaves no file', () => {
  assert.equal(run(['brief', '--db', 'demo.db', '--format', 'pdf'], cwd).code, 2);
  assert.equal(run(['brief', '--db', 'demo.db', '--outcome', 'vanished'], cwd).code, 2);
  assert.equal(run(['brief', '--db', 'demo.db', '--subject', 'North Korea'], cwd).code, 2);
  const failed = run(['brief', '--db', 'demo.db', '--out', 'missing/brief.md'], cwd);
  assert.equal(failed.code, 3);
  assert.match(failed.stderr, /missing\/brief\.md: not written: no such directory/);
  assert.ok(!existsSync(join(cwd, 'missing')));
  assert.ok(readdirSync(cwd).every((name) => !name.endsWith('.tmp')));
});

test('export writes CSV, NDJSON and JSON-LD of every claim; --format is required', () => {
  const csv = run(['export', '--db', 'demo.db', '--format', 'csv', '--out', 'claims.csv'], cwd);
  assert.equal(csv.code, 0, csv.stderr);
  const rows = readFileSync(join(cwd, 'claims.csv'), 'utf8').split('\r\n');
  assert.match(rows[0]!, /^id,doc,published,publisher,url,/);
  const ndjson = run(['export', '--db', 'demo.db', '--format', 'ndjson', '--subject', 'KP', '--outcome', 'deployed'], cwd);
  const claims = ndjson.stdout.trim().split('\n').map((line) => JSON.parse(line) as { outcome: string; relations: unknown[] });
  assert.ok(claims.some((c) => c.outcome === 'deployed') && claims.every((c) => Array.isArray(c.relations)));
  const jsonld = JSON.parse(run(['export', '--db', 'demo.db', '--format', 'jsonld'], cwd).stdout) as { '@graph': Array<{ '@type': string }> };
  assert.ok(jsonld['@graph'].length > 0 && jsonld['@graph'].every((r) => r['@type'] === 'Claim'));
  assert.equal(run(['export', '--db', 'demo.db'], cwd).code, 2);
  assert.equal(run(['export', '--db', 'demo.db', '--format', 'xlsx'], cwd).code, 2);
});

test('timeline shows a figure by id or by --subject/--outcome; --json gives one object per figure', () => {
  const byGroup = run(['timeline', '--db', 'demo.db', '--subject', 'KP', '--outcome', 'casualties'], cwd);
  assert.equal(byGroup.code, 0, byGroup.stderr);
  assert.match(byGroup.stdout, /^North Korean military — killed or wounded — Kursk Oblast — running total$/m);
  assert.match(byGroup.stdout, /^published {3}speaker .* origin {2}verdicts$/m);
  assert.match(byGroup.stdout, /│[█▶~ ]+│ more than 3,000$/m);
  const figures = run(['timeline', '--db', 'demo.db', '--subject', 'KP', '--outcome', 'casualties', '--json'], cwd)
    .stdout.trim().split('\n').map((line) => JSON.parse(line) as { figure: { id: string; outcome: string }; claims: Array<{ id: string; origin_marker: string; relations: unknown[] }> });
  assert.ok(figures.length > 1 && figures.every((f) => f.figure.outcome === 'casualties'));
  const one = figures[0]!;
  assert.equal(one.claims[0]?.origin_marker, 'A');
  const byId = run(['timeline', one.figure.id, '--db', 'demo.db'], cwd);
  assert.equal(byId.code, 0);
  assert.equal(byId.stdout.match(/│/g)?.length, one.claims.length * 2, 'one chart row per claim');
  assert.equal(run(['timeline', '--db', 'demo.db'], cwd).code, 2, 'neither a figure nor a filter');
  const missing = run(['timeline', 'f_0000', '--db', 'demo.db'], cwd);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no figure f_0000/);
});

test('terminal output carries no control characters from a source: a hostile page cannot move the cursor, retitle the window or hide text', () => {
  const dir = tempDir();
  const hostile = 'Kyiv \u001b]0;pwned\u0007 officials said \u001b[31m120 soldiers\u001b[0m were killed on Monday, the \u001b[2Jministry\u001b[H said.\n\nThe General Staff\u001b[8m said 40 civilians were killed in Kharkiv last week.\u0008\u0008\u0008\n';
  writeFileSync(join(dir, 'hostile.txt'), hostile);
  assert.equal(run(['ingest', 'hostile.txt', '--db', 'h.db'], dir).code, 0);
  const claims = run(['claims', '--db', 'h.db'], dir);
  assert.match(claims.stdout, /40 +civilians/, 'the claims are there to print');
  const document = /d_[0-9a-f]+/.exec(run(['documents', '--db', 'h.db'], dir).stdout)?.[0] ?? '';
  for (const args of [['claims'], ['board'], ['timeline', '--outcome', 'killed'], ['documents'], ['brief'], ['show', document], ['extract', 'hostile.txt'], ['quantities', 'hostile.txt']]) {
    const result = run([...args, ...(args[0] === 'extract' || args[0] === 'quantities' ? [] : ['--db', 'h.db'])], dir);
    assert.equal(result.code, 0, `${args.join(' ')}: ${result.stderr}`);
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(result.stdout + result.stderr, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u009b]/, `${args.join(' ')} printed a control character`);
  }
});
