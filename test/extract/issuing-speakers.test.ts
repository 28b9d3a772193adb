/**
 * A statement a body issues as its own speaks for that body where it names no one: a ministry's, an armed
 * force's press office's, an aid agency's report. A digest or press monitor that reprints statements, and an
 * article, issue none of their own.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentDraft } from '../../src/contracts/document.js';
import { claimsOfDraft } from '../../src/extract/document-claims.js';

const draft = (publisher: string | null, kind: DocumentDraft['kind'], text: string): DocumentDraft => ({
  url: 'https://example.org/statement', title: 'Statement', publisher, published: '2018-08-13T08:00:00Z', lang: 'en', kind, text, meta: { format: 'text' },
});
const speakers = (d: DocumentDraft) => claimsOfDraft(d).map((c) => c.speaker?.text ?? null);
const TOLL = 'The final toll is 51 martyrs, among them 40 children.';

test("a body's own report: its unattributed figures are the body's, without the seat named in brackets", () => {
  assert.deepEqual(speakers(draft('Ministry of Public Health and Population (Sanaa)', 'report', TOLL)), Array(2).fill('Ministry of Public Health and Population'));
  assert.deepEqual(speakers(draft('CJTF-OIR Public Affairs', 'report', 'Coalition aircraft struck a truck bomb; 12 fighters were killed.')), ['CJTF-OIR Public Affairs']);
  assert.deepEqual(speakers(draft('Médecins Sans Frontières', 'report', 'At least 50 people were killed in the strike on the hospital.')), ['Médecins Sans Frontières']);
});

test('a figure the report gives to someone else stays theirs', () => {
  assert.deepEqual(speakers(draft('Ministry of Public Health and Population', 'report', 'According to the UN, 12 children were killed.')), ['the UN']);
});

test('a digest, an archive or a press monitor reprinting statements, and any article, lend no speaker', () => {
  assert.deepEqual(speakers(draft('Rights Digest', 'report', TOLL)), [null, null]);
  assert.deepEqual(speakers(draft('Levant Press Monitor', 'report', TOLL)), [null, null]);
  assert.deepEqual(speakers(draft('Statements Archive', 'report', TOLL)), [null, null]);
  assert.deepEqual(speakers(draft('Ministry of Public Health and Population', 'article', TOLL)), [null, null]);
});
