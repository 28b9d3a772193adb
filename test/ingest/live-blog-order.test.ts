/** A live blog's entries, newest first on the page, are read oldest first: a running toll then reads in time order. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHtml } from '../../src/ingest/html.js';

const page = (entries: string, extra = '') => `<!doctype html><html><head><title>Live: strike on the city</title>
<meta property="article:published_time" content="2023-01-14T23:45:00+02:00"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article class="live-blog"><h1>Live: strike on the city</h1>
<p class="intro">A missile struck a residential building on Saturday afternoon. This page is updated as information comes in, and our reporters are at the scene.</p>
${entries}</article>${extra}<footer>© The Courier</footer></body></html>`;
const entry = (time: string, text: string) => `<div class="entry"><p class="time"><time datetime="2023-01-14T${time}:00+02:00">${time}</time></p><p>${text}</p></div>`;
const textOf = (html: string) => parseHtml(html, { name: 'live.html', bytes: Buffer.from(html), contentType: 'text/html', url: null, retrieved: '2023-01-15T00:00:00.000Z' })[0]?.text ?? '';
const order = (text: string, words: string[]) => words.map((w) => text.indexOf(w));

const increasing = (positions: number[]) => positions.every((p, i) => p >= 0 && (i === 0 || p > (positions[i - 1] as number)));

test('entries newest first are read oldest first', () => {
  const html = page([
    entry('21:05', 'The governor now says twelve people have been killed and more than sixty wounded in the strike on the building.'),
    entry('19:40', 'The governor says nine people have been killed, among them a fifteen-year-old girl, and that rescuers keep working.'),
    entry('17:35', 'The governor says at least five people have been killed and twenty-seven wounded in the strike.'),
    entry('16:45', 'Ten people have been injured, two of them children, the governor says, and all are in hospital.'),
  ].join('\n'));
  assert.ok(increasing(order(textOf(html), ['Ten people', 'at least five', 'nine people', 'twelve people'])));
});

test('entries already oldest first, or with a time that does not parse, stay as they are', () => {
  const forward = page([
    entry('16:45', 'Ten people have been injured, two of them children, the governor says, and all are in hospital.'),
    entry('17:35', 'The governor says at least five people have been killed and twenty-seven wounded in the strike.'),
    entry('19:40', 'The governor says nine people have been killed, among them a fifteen-year-old girl, and that rescuers keep working.'),
  ].join('\n'));
  assert.ok(increasing(order(textOf(forward), ['Ten people', 'at least five', 'nine people'])));
  const broken = page([
    entry('19:40', 'The governor says nine people have been killed, among them a fifteen-year-old girl, and that rescuers keep working.'),
    entry('xx:yy', 'The governor says at least five people have been killed and twenty-seven wounded in the strike.'),
    entry('16:45', 'Ten people have been injured, two of them children, the governor says, and all are in hospital.'),
  ].join('\n'));
  assert.ok(increasing(order(textOf(broken), ['nine people', 'at least five', 'Ten people'])));
});

test('two entries are no live blog', () => {
  const html = page([
    entry('19:40', 'The governor says nine people have been killed, among them a fifteen-year-old girl, and that rescuers keep working.'),
    entry('16:45', 'Ten people have been injured, two of them children, the governor says, and all are in hospital.'),
  ].join('\n'));
  assert.ok(increasing(order(textOf(html), ['nine people', 'Ten people'])));
});
