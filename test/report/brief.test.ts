import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { parseHTML } from 'linkedom';
import { marked } from 'marked';
import type { Board } from '../../src/contracts/board.js';
import { renderBrief } from '../../src/report/brief.js';
import { boardClaim, boardOf } from '../support/board.js';
import { demoBoard } from '../support/demo-board.js';

let board: Board;
before(async () => {
  board = await demoBoard();
});

/** "- [3] Outlet, date. … Document d_…." lines of the Sources list → reference number → document id. */
function sourcesOf(markdown: string): Map<number, string> {
  const list = markdown.slice(markdown.indexOf('\n## Sources\n'));
  const entries = new Map<number, string>();
  for (const match of list.matchAll(/^- \[(\d+)\] .* Document (d_[0-9a-f]+)\.$/gm)) entries.set(Number(match[1]), match[2]!);
  return entries;
}

function citedNumbers(text: string): number[] {
  return [...text.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
}

/** The text of one figure's section: from its heading to the next figure or side heading. */
function figureSection(markdown: string, figureId: string): string {
  const at = markdown.indexOf(`Figure ${figureId}:`);
  assert.ok(at > 0, `figure ${figureId} has a section`);
  const start = markdown.lastIndexOf('\n### ', at);
  const next = markdown.slice(at).search(/\n#{2,3} /);
  return markdown.slice(start, next < 0 ? undefined : at + next);
}

test('the Markdown brief cites every claim of every figure with a [n] that resolves to its document in Sources', () => {
  const markdown = renderBrief(board, { format: 'md' });
  const sources = sourcesOf(markdown);
  const body = markdown.slice(0, markdown.indexOf('\n## Sources\n'));
  assert.ok(sources.size > 0);
  for (const n of citedNumbers(body)) assert.ok(sources.has(n), `[${n}] resolves`);
  assert.deepEqual(new Set(citedNumbers(body)), new Set(sources.keys()), 'every source listed is cited');
  assert.deepEqual([...sources.keys()], [...sources.keys()].map((_, i) => i + 1), 'numbered 1..n in order');
  for (const figure of board.figures) {
    const section = figureSection(markdown, figure.id);
    const cited = new Set(citedNumbers(section).map((n) => sources.get(n)));
    for (const id of figure.claims) assert.ok(cited.has(board.claims[id]!.doc), `${figure.id}: claim ${id} of ${board.claims[id]!.doc} cited`);
    for (const line of section.split('\n').filter((l) => l.startsWith('- ') || l.startsWith('Figure '))) {
      assert.match(line, /\[\d+\]/, `every statement cites: ${line}`);
    }
  }
});

test('the brief names groups, outcomes, places and periods in words, with the range and the relations', () => {
  const markdown = renderBrief(board, { format: 'md', title: 'Kursk brief' });
  assert.match(markdown, /^# Kursk brief\n/);
  assert.match(markdown, /^As of 14 Jan 2025 /m);
  assert.match(markdown, /^Method: /m);
  assert.match(markdown, /^### North Korean military — killed or wounded — Kursk Oblast — running total$/m);
  assert.match(markdown, /^### North Korean military — killed or wounded — Kursk Oblast — 21 Dec 2024 to 27 Dec 2024$/m);
  const deployed = board.figures.find((f) => f.outcome === 'deployed' && f.location === 'Russia')!;
  const section = figureSection(markdown, deployed.id);
  assert.match(section, /Range: low 10,000 \[\d+\], best 11,000 \[\d+\], high 11,000 \[\d+\]\./);
  assert.match(section, /^- Russia \(denied\): \(denial\) — first reported by Harbour Wire, 16 Dec 2024 \[\d+\]/m);
  assert.match(section, /#### Where sources conflict\n\n- Russia denies/);
  assert.match(markdown, /#### Copies that changed the claim\n\n- .*changes the outcome/);
  assert.match(markdown, /#### Numbers that only look alike\n/);
  assert.match(markdown, /#### Copies of one statement\n\n- The statement of .* is repeated, not independently confirmed, by: /);
  const order = [...markdown.matchAll(/^### (.*)$/gm)].map((m) => m[1]!);
  assert.ok(order.indexOf('North Korean military — killed or wounded — Kursk Oblast — running total') < order.findIndex((h) => h.includes('— killed —')), 'casualties before its parts');
  assert.ok(order.findIndex((h) => h.startsWith('military, side not stated')) > order.map((h) => h.startsWith('North Korean')).lastIndexOf(true), 'unknown side last');
});

test('the HTML brief is one standalone, script-free document whose citations link to its Sources', () => {
  const html = renderBrief(board, { format: 'html' });
  assert.match(html, /^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
  assert.doesNotMatch(html, /<script/i);
  const { document } = parseHTML(html);
  const ids = new Set([...document.querySelectorAll('.sources li')].map((li) => li.getAttribute('id')));
  const links = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
  assert.ok(links.length > 0);
  for (const href of links) {
    if (href.startsWith('#')) assert.ok(ids.has(href.slice(1)), `${href} has a target`);
    else assert.match(href, /^https?:\/\//);
  }
  assert.equal(document.querySelectorAll('h3').length, board.figures.length);
});

const PAYLOAD = '<script>alert(1)</script><img src=x onerror=alert(2)>';

function hostileBoard(): Board {
  const evil = boardClaim('c_evil', {
    title: `Breaking ${PAYLOAD} "quoted" & 'single'`,
    sentence: { start: 0, end: 80, text: `Over 1,000 killed ${PAYLOAD} [click](javascript:alert(3)) said *Kirby*.` },
    publisher: `Evil <b>Wire</b> & Co`,
    speaker: { text: 'x', name: `<img src=y onerror=alert(4)>`, org: null, country: null },
    speaker_id: 'person:img',
    quantity: { text: 'over 1,000 <i>', value: 1000, min: 1000, max: null, bound: 'lower' },
    url: 'javascript:alert(5)',
  });
  const spaced = boardClaim('c_spaced', { url: 'https://news.example/a b/(c)"><script>x</script>', origin: 'o_c_evil', published: '2024-12-28' });
  return boardOf([evil, spaced], [{ a: 'c_evil', b: 'c_spaced', verdict: 'same-origin', why: `repeats ${PAYLOAD}` }]);
}

test('HTML: every text from a source is escaped, and only http(s) URLs become links', () => {
  const html = renderBrief(hostileBoard(), { format: 'html', title: `<script>t()</script>` });
  assert.doesNotMatch(html, /<script|<img|<b>|<i>/i);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;&lt;img src=x onerror=alert\(2\)&gt;/);
  assert.match(html, /&quot;quoted&quot; &amp; &#39;single&#39;/);
  const { document } = parseHTML(html);
  assert.equal(document.querySelectorAll('script, img, b, i').length, 0);
  const hrefs = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
  assert.ok(hrefs.every((href) => href.startsWith('#') || href.startsWith('https://')), hrefs.join(' '));
  assert.ok(hrefs.includes('https://news.example/a%20b/%28c%29%22%3E%3Cscript%3Ex%3C/script%3E'));
  assert.match(document.body.textContent ?? '', /javascript:alert\(5\) \(not a web link\)/);
});

test('Markdown: source text cannot become markup, links or HTML when the brief is rendered', () => {
  const markdown = renderBrief(hostileBoard(), { format: 'md', title: '# [x](javascript:y) <script>' });
  const html = marked.parse(markdown, { async: false });
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  assert.equal(document.querySelectorAll('script, img, b, i, em, strong').length, 0, html);
  const hrefs = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
  assert.deepEqual(hrefs, ['https://news.example/a%20b/%28c%29%22%3E%3Cscript%3Ex%3C/script%3E']);
  assert.match(document.body.textContent ?? '', /<script>alert\(1\)<\/script><img src=x onerror=alert\(2\)>/, 'shown as text, not lost');
  assert.equal(document.querySelectorAll('h1').length, 1);
  assert.match(document.querySelector('h1')?.textContent ?? '', /^# \[x\]\(javascript:y\) <script>$/);
});
