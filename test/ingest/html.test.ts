import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { DocumentDraft, Source } from '../../src/contracts/document.js';
import { IngestError } from '../../src/ingest/errors.js';
import { parseHtml } from '../../src/ingest/html.js';
import { htmlToText } from '../../src/ingest/html-text.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8');

function sourceOf(html: string, url: string | null = null): Source {
  return { name: 'fixture.html', bytes: Buffer.from(html), contentType: 'text/html', url, retrieved: '2025-01-01T00:00:00.000Z' };
}

function parseOne(html: string, url: string | null = null): DocumentDraft {
  const drafts = parseHtml(html, sourceOf(html, url));
  assert.equal(drafts.length, 1);
  const [draft] = drafts;
  assert.ok(draft);
  return draft;
}

/** True when `paragraph` is one whole paragraph of `text` (blank-line separated). */
function hasParagraph(text: string, paragraph: string): boolean {
  return text.split('\n\n').includes(paragraph);
}

test('OpenGraph and <meta> tags give the metadata and outrank JSON-LD', () => {
  const draft = parseOne(fixture('og-meta.html'));
  assert.equal(draft.kind, 'article');
  assert.equal(draft.meta.format, 'html');
  assert.equal(draft.title, 'Overnight strike on Marivka kills four');
  assert.equal(draft.url, 'https://ledger.example.com/world/2024/03/marivka-strike', 'canonical outranks og:url');
  assert.equal(draft.publisher, 'The Dnipro Ledger', 'og:site_name outranks JSON-LD and meta publisher');
  assert.equal(draft.published, '2024-03-04T04:40:00.000Z');
  assert.equal(draft.lang, 'en', '<html lang> outranks og:locale');
  assert.equal(draft.meta.author, 'Iryna Koval');
  for (const paragraph of [
    'Four civilians were killed and eleven wounded when a missile hit a residential block in Marivka shortly after 2 a.m., the regional governor said on Monday.',
    'Rescue crews were still searching the rubble of the five-storey building at dawn. The governor, Oleh Sarnyk, said two children were among the wounded and that the death toll could rise.',
    'Local hospitals asked residents to donate blood, and the city council declared a day of mourning for Tuesday.',
  ]) {
    assert.ok(hasParagraph(draft.text, paragraph), paragraph);
  }
  assert.doesNotMatch(draft.text, /All rights reserved|Politics|Business/);
});

test('a page with only JSON-LD (@graph form) metadata: references resolved, malformed blocks ignored', () => {
  const draft = parseOne(fixture('jsonld-graph.html'));
  assert.equal(draft.title, 'Shelling in Pervomaiske leaves 12 dead, rescuers say');
  assert.equal(draft.url, 'https://herald.example.org/news/pervomaiske-shelling/', 'from mainEntityOfPage');
  assert.equal(draft.publisher, 'Steppe Herald', 'publisher given as an @id reference into the graph');
  assert.equal(draft.published, '2024-05-17T15:30:00.000Z');
  assert.equal(draft.lang, null);
  assert.equal(draft.meta.author, 'Olena Bondar, Taras Melnyk');
  assert.ok(draft.text.startsWith('Twelve people were killed and at least thirty injured'));
  assert.doesNotMatch(draft.text, /broken block|@graph/);
});

test('heavy boilerplate around the article is left out; every paragraph is kept, separated by blank lines', () => {
  const draft = parseOne(fixture('boilerplate.html'));
  const paragraphs = [
    "Regional authorities said on Sunday that seven people had died in Saturday's drone attack on the port district of Zaliznyi, revising an earlier count of five as emergency workers cleared a damaged warehouse.",
    'The figure was disputed by the port operator, which said in a statement that nine of its employees were unaccounted for. It did not say whether any of them had been confirmed dead.',
    'A police spokesperson told reporters that identification of the victims was continuing and that the official toll would be updated once forensic work was complete. Fourteen people were being treated in hospital, three of them in a serious condition.',
    'The defence ministry of the attacking side said its forces had struck military infrastructure in the port and made no mention of civilian casualties.',
    'Independent monitors have previously documented discrepancies of several days between first reports and confirmed tolls after strikes on industrial sites.',
  ];
  for (const paragraph of paragraphs) assert.ok(hasParagraph(draft.text, paragraph), paragraph);
  assert.ok(draft.text.includes(paragraphs.join('\n\n')), 'paragraphs in order, one blank line apart');

  const boilerplate = [
    // navigation and masthead
    'Conflict desk', 'Economy and markets', 'Opinion columns', 'Podcasts', 'Subscribe for one euro a week', 'Sign in',
    // cookie banner
    'We use cookies', 'Accept all', 'Manage preferences',
    // sidebar: related stories, newsletter, ads
    'Related stories', 'Grain corridor talks stall', 'Evacuation ordered in border villages', 'Power grid operator warns',
    'morning briefing', 'Advertisement', 'INJECTED AD COPY',
    // comments
    'Reader comments', 'steppe_reader', 'Disgraceful that nobody', 'Where are the photos', 'Post comment',
    // footer, share tools, styles and scripts
    'Privacy policy', 'Terms of service', 'Registered in Tallinn', 'Share on social', 'Copy link', 'STYLE TEXT', 'dataLayer',
  ];
  for (const phrase of boilerplate) assert.ok(!draft.text.includes(phrase), `boilerplate leaked: ${phrase}`);

  assert.equal(draft.title, "Casualty figures from Saturday's drone attack disputed", '" | Site" suffix removed from <title>');
  assert.equal(draft.publisher, 'Frontline Wire');
  assert.equal(draft.published, '2024-06-08T21:10:00.000Z', 'from the <time> inside the article');
  assert.equal(draft.url, null);
  assert.equal(draft.meta.author, null);
});

test('hostile or odd JSON-LD is ignored without throwing', () => {
  const page = (jsonLd: string) =>
    `<html><head><script type="application/ld+json">${jsonLd}</script></head><body><p>Five people were wounded, police said.</p></body></html>`;
  for (const jsonLd of [
    `{"@type":"NewsArticle","headline":${'['.repeat(50_000)}"x"${']'.repeat(50_000)}}`,
    `{"@type":"NewsArticle","author":${'{"@value":'.repeat(20_000)}"x"${'}'.repeat(20_000)}}`,
    'null',
    '42',
    '{"@type": "NewsArticle", "headline": "unterminated',
  ]) {
    const draft = parseOne(page(jsonLd));
    assert.equal(draft.text, 'Five people were wounded, police said.');
    assert.equal(draft.title, null);
  }
  const preferred = parseOne(
    page('[{"@type":"WebPage","name":"Page name"},{"@type":["Thing","https://schema.org/BlogPosting"],"headline":"Post headline","publisher":"Plain Publisher","author":["A. One","A. Two","A. One"]}]'),
  );
  assert.equal(preferred.title, 'Post headline', 'BlogPosting is preferred to WebPage');
  assert.equal(preferred.publisher, 'Plain Publisher');
  assert.equal(preferred.meta.author, 'A. One, A. Two');
});

test('a relative canonical URL is resolved against the source URL; unresolvable or non-http ones are skipped', () => {
  const page = (head: string) =>
    `<!doctype html><html><head>${head}</head><body><article><p>Two people were killed in the strike, the governor said.</p></article></body></html>`;

  const relative = parseOne(page('<link rel="canonical" href="../live/strike-updates?page=2">'), 'https://news.example.com/world/europe/story.html');
  assert.equal(relative.url, 'https://news.example.com/world/live/strike-updates?page=2');

  const withoutBase = parseOne(
    page('<link rel="canonical" href="/live/strike"><meta property="og:url" content="https://news.example.com/og">'),
  );
  assert.equal(withoutBase.url, 'https://news.example.com/og', 'relative canonical without a source URL → og:url');

  const scripted = parseOne(page('<link rel="canonical" href="javascript:alert(1)">'), 'https://news.example.com/a');
  assert.equal(scripted.url, 'https://news.example.com/a', 'non-http canonical → source URL');
});

test('<title> loses a " - Site" suffix only when it is the site name', () => {
  const page = (title: string) =>
    `<html><head><title>${title}</title><meta name="application-name" content="Steppe Herald"></head><body><p>Text of the report.</p></body></html>`;
  assert.equal(parseOne(page('Strike on depot - Steppe Herald')).title, 'Strike on depot');
  assert.equal(parseOne(page('Strike on depot - Regional desk')).title, 'Strike on depot - Regional desk');
});

test('dates: unparseable values are skipped, zone-less date-times are read as UTC', () => {
  const page = (head: string) => `<html><head>${head}</head><body><p>Text of the report.</p></body></html>`;
  assert.equal(
    parseOne(page('<meta name="pubdate" content="yesterday"><meta itemprop="datePublished" content="2024-03-01T10:00:00">')).published,
    '2024-03-01T10:00:00.000Z',
  );
  assert.equal(parseOne(page('<meta name="parsely-pub-date" content="Mon, 04 Mar 2024 10:00:00 +0200">')).published, '2024-03-04T08:00:00.000Z');
  assert.equal(parseOne(page('<meta name="date" content="not a date">')).published, null);
});

test('malformed HTML (no <html>/<body>, unclosed tags, stray end tags) still yields all its text', () => {
  const draft = parseOne(fixture('malformed.html'));
  assert.equal(draft.title, 'Missing shells: a page with no html or body tags');
  assert.equal(draft.meta.author, 'Desk Editor');
  for (const start of ['Emergency officials in Stepove', 'Two of the dead were municipal workers', 'The regional prosecutor opened', 'Power was cut to parts of the town']) {
    assert.ok(draft.text.split('\n\n').some((paragraph) => paragraph.startsWith(start)), start);
  }
  assert.doesNotMatch(draft.text, /<|>/);

  assert.equal(parseOne('<p>Only a fragment: three wounded in Stepove.').text, 'Only a fragment: three wounded in Stepove.');
  assert.equal(parseOne('Bare words, no tags at all & an ampersand.').text, 'Bare words, no tags at all & an ampersand.');
  assert.equal(parseOne('<html><p>Content outside any body.</p></html>\n<p>And after the end.</p>').text, 'Content outside any body.\n\nAnd after the end.');
});

test('script text never reaches the output', () => {
  const draft = parseOne(fixture('scripts.html'));
  assert.doesNotMatch(draft.text, /SCRIPT_TEXT|WRITTEN BY SCRIPT|console\.log|__INITIAL_STATE__/);
  assert.ok(draft.text.includes('Air defence units shot down six drones over Korostyn district overnight'));
  assert.ok(draft.text.includes('Officials said the attack lasted about three hours and that two houses were damaged.'));
  assert.equal(draft.lang, 'de');
});

test('a page with no readable text is refused with an IngestError naming the source', () => {
  const empty = '<!doctype html><html><head><title>Loading…</title><script>render("hidden words")</script></head><body><div id="root"></div></body></html>';
  for (const html of [empty, '', '<!-- nothing here -->']) {
    assert.throws(
      () => parseHtml(html, sourceOf(html)),
      (error: unknown) =>
        error instanceof IngestError &&
        error.input === 'fixture.html' &&
        error.message === 'fixture.html: HTML page has no readable text',
    );
  }
});

test('50,000 levels of nested <div>s do not throw; the fallback still strips navigation and footers', () => {
  const depth = 50_000;
  const html =
    '<html><body><nav><a href="/">Home page link</a></nav>' +
    '<div>'.repeat(depth) + '<p>Nine people were killed, officials said.</p>' + '</div>'.repeat(depth) +
    '<footer>Footer text</footer></body></html>';
  const draft = parseOne(html);
  assert.equal(draft.text, 'Nine people were killed, officials said.');

  // Never closed, so also rebuilt into a regular document first (kept shallower: htmlparser2's open-element stack is quadratic in depth).
  const unclosed = '<div><span>'.repeat(10_000) + 'Unclosed deep text.';
  assert.equal(parseOne(unclosed).text, 'Unclosed deep text.');
});

test('htmlToText flattens deeply nested elements without overflowing the stack', () => {
  const depth = 30_000; // a recursive walk overflowed at 10,000
  assert.equal(htmlToText(`${'<div>'.repeat(depth)}deep<br>line${'</div>'.repeat(depth)}<p>next</p>`), 'deep\nline\n\nnext');
});

test('the same page always gives the same draft', () => {
  for (const name of ['og-meta.html', 'jsonld-graph.html', 'boilerplate.html', 'malformed.html', 'scripts.html']) {
    const html = fixture(name);
    assert.deepEqual(parseOne(html), parseOne(html), name);
  }
});
