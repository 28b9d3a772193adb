import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Board, BoardClaim } from '../../src/contracts/board.js';
import { exportClaims } from '../../src/report/export.js';
import { boardClaim, boardOf } from '../support/board.js';
import { parseCsv } from '../support/csv.js';
import { demoBoard } from '../support/demo-board.js';

let demo: Board;
before(async () => {
  demo = await demoBoard();
});

const joined = (board: Board, format: 'csv' | 'ndjson' | 'jsonld') => [...exportClaims(board, format)].join('');

function records(board: Board): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(joined(board, 'csv'));
  return rows.map((row) => {
    assert.equal(row.length, header!.length, 'every row has every column');
    return Object.fromEntries(header!.map((name, i) => [name, row[i]!]));
  });
}

test('CSV: formula-like cells are neutralised and awkward text round-trips through an RFC 4180 parse', () => {
  const sentence = 'He said "over 1,000",\r\nthen "more";\nend';
  const claims = [
    boardClaim('c_sum', { publisher: '=SUM(1)', title: '+1', sentence: { start: 0, end: 3, text: sentence } }),
    boardClaim('c_neg', { publisher: '-1', title: '@x', speaker: { text: '\tcmd', name: null, org: '\rcmd', country: null } }),
    boardClaim('c_plain', { publisher: 'Plain, "quoted" Wire', title: 'a=b is fine', quantity: null, stance: 'denied' }),
  ];
  const board = boardOf(claims, [{ a: 'c_sum', b: 'c_neg', verdict: 'conflict', why: 'x' }, { a: 'c_sum', b: 'c_plain', verdict: 'drift', why: 'y' }]);
  const [sum, neg, plain] = records(board);
  assert.equal(sum!.publisher, "'=SUM(1)");
  assert.equal(sum!.title, "'+1");
  assert.equal(neg!.publisher, "'-1");
  assert.equal(neg!.title, "'@x");
  assert.equal(neg!.speaker, "'\tcmd");
  assert.equal(neg!.speaker_org, "'\rcmd");
  assert.equal(sum!.sentence, sentence, 'quotes, commas and line breaks survive');
  assert.equal(plain!.publisher, 'Plain, "quoted" Wire');
  assert.equal(plain!.title, 'a=b is fine');
  assert.equal(plain!.quantity_value, '');
  assert.equal(plain!.stance, 'denied');
  assert.equal(sum!.relations, 'conflict:c_neg;drift:c_plain');
  assert.equal(neg!.relations, 'conflict:c_sum');
  assert.deepEqual([sum!.figure, sum!.origin, sum!.quantity_value, sum!.quantity_min, sum!.quantity_max, sum!.quantity_bound], ['f_test', 'o_c_sum', '1000', '1000', '', 'lower']);
  for (const record of [sum, neg, plain]) for (const cell of Object.values(record!)) assert.doesNotMatch(cell, /^[=+\-@\t\r]/);
});

test('CSV of the demo board: one record per claim in board order, with figure, origin and relations', () => {
  const rows = records(demo);
  const claims = Object.values(demo.claims);
  assert.equal(rows.length, claims.length);
  rows.forEach((row, i) => {
    const claim = claims[i]!;
    assert.equal(row.id, claim.id);
    assert.equal(row.figure, claim.figure);
    assert.equal(row.origin, claim.origin);
    assert.equal(row.sentence, claim.sentence.text);
    const expected = demo.relations.filter((r) => r.a === claim.id || r.b === claim.id).map((r) => `${r.verdict}:${r.a === claim.id ? r.b : r.a}`);
    assert.deepEqual(row.relations === '' ? [] : row.relations!.split(';'), expected);
  });
});

test('NDJSON: one object per claim, the board claim plus its relations', () => {
  const lines = joined(demo, 'ndjson').trimEnd().split('\n');
  assert.equal(lines.length, Object.keys(demo.claims).length);
  for (const line of lines) {
    const record = JSON.parse(line) as BoardClaim & { relations: Array<{ verdict: string; with: string; why: string }> };
    const { relations, ...claim } = record;
    assert.deepEqual(claim, demo.claims[record.id]);
    for (const relation of relations) assert.ok(demo.claims[relation.with], 'relations name claims of the board');
  }
  assert.ok(lines.some((line) => /"verdict":"conflict"/.test(line)));
});

interface JsonLdClaim {
  '@type': string;
  '@id': string;
  text: string;
  author?: { '@type': string; name: string };
  appearance: Array<{ '@type': string; url?: string; datePublished?: string; headline?: string; publisher?: { name: string } }>;
  firstAppearance: { '@id': string; datePublished?: string };
  'corroborate:origin': { '@id': string };
  'corroborate:figure': { '@id': string };
  'corroborate:quantity'?: { '@type': string; value: number; description: string };
  'corroborate:relations': Array<{ 'corroborate:verdict': string }>;
}

test('JSON-LD: one document whose @graph holds a schema.org Claim per claim, each with its first appearance', () => {
  const document = JSON.parse(joined(demo, 'jsonld')) as { '@context': unknown; '@graph': JsonLdClaim[] };
  assert.deepEqual(document['@context'], ['https://schema.org', { corroborate: 'urn:corroborate:terms:' }]);
  const graph = document['@graph'];
  assert.equal(graph.length, Object.keys(demo.claims).length);
  const earliest = new Map<string, string>();
  for (const claim of Object.values(demo.claims)) {
    const known = earliest.get(claim.origin);
    if (!known || (claim.published ?? '9') < known) earliest.set(claim.origin, claim.published ?? '9');
  }
  for (const record of graph) {
    const claim = demo.claims[record['@id'].replace('urn:corroborate:claim:', '')]!;
    assert.equal(record['@type'], 'Claim');
    assert.equal(record.text, claim.sentence.text);
    assert.equal(record.appearance[0]?.['@type'], 'CreativeWork');
    assert.equal(record.appearance[0]?.url, claim.url ?? undefined);
    assert.equal(record.appearance[0]?.headline, claim.title ?? undefined);
    assert.match(record.firstAppearance['@id'], /^urn:corroborate:document:d_/);
    assert.equal(record.firstAppearance.datePublished ?? '9', earliest.get(claim.origin), 'the earliest report of its origin');
    assert.equal(record['corroborate:origin']['@id'], `urn:corroborate:origin:${claim.origin}`);
    assert.equal(record['corroborate:figure']['@id'], `urn:corroborate:figure:${claim.figure}`);
    if (claim.quantity) assert.equal(record['corroborate:quantity']?.value, claim.quantity.value);
    if (claim.speaker) assert.match(record.author?.['@type'] ?? '', /^(Person|Organization)$/);
    else assert.equal(record.author, undefined);
  }
  const kirby = graph.find((r) => r.author?.name === 'John Kirby');
  assert.equal(kirby?.author?.['@type'], 'Person');
  assert.ok(graph.some((r) => r.author?.['@type'] === 'Organization'));
  assert.deepEqual(JSON.parse(joined(boardOf([]), 'jsonld'))['@graph'], []);
});
