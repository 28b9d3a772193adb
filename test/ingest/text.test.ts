import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { IngestError } from '../../src/ingest/errors.js';
import { splitFrontMatter } from '../../src/ingest/front-matter.js';
import { parseMarkdown, parseText } from '../../src/ingest/text.js';
import { sourceOf } from '../support/temp.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/text/${name}`, import.meta.url), 'utf8');

test('Markdown with front matter: metadata from the front matter, text without markup', () => {
  const text = fixture('front-matter.md');
  const [draft] = parseMarkdown(text, sourceOf('front-matter.md', text));
  assert.ok(draft);
  assert.equal(draft.title, 'Kyiv says North Korean losses passed 3,000');
  assert.equal(draft.url, 'https://wire.example/kursk/losses-3000');
  assert.equal(draft.publisher, 'Example Wire');
  assert.equal(draft.published, '2024-12-23T16:40:00.000Z');
  assert.equal(draft.lang, 'en');
  assert.equal(draft.meta.author, 'A. Reporter');
  assert.equal(draft.meta.format, 'markdown');
  assert.equal(
    draft.text,
    'Losses mount in Kursk\n\nPresident Volodymyr Zelenskyy said on Telegram that more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region.\n\nRussia has not acknowledged the deployment.\n\nNorth Korea denies it.',
  );
  assert.doesNotMatch(draft.text, /https?:|\*\*|\[/);
});

test('plain text keeps its words and line breaks; no front matter means no metadata', () => {
  const text = fixture('plain.txt');
  const [draft] = parseText(text, sourceOf('plain.txt', text));
  assert.ok(draft);
  assert.equal(draft.text, text);
  assert.equal(draft.title, null);
  assert.equal(draft.published, null);
  assert.equal(draft.kind, 'article');
});

test('plain text may carry front matter too', () => {
  const text = '---\ntitle: Brief\npublished: 2024-12-27\nkind: report\n---\nOver 1,000 killed or wounded in the last week.\n';
  const [draft] = parseText(text, sourceOf('brief.txt', text));
  assert.equal(draft?.title, 'Brief');
  assert.equal(draft?.published, '2024-12-27T00:00:00.000Z');
  assert.equal(draft?.kind, 'report');
  assert.equal(draft?.text, 'Over 1,000 killed or wounded in the last week.\n');
});

test('bad front matter is refused with the file name and YAML reason', () => {
  const text = '---\ntitle: [unclosed\n---\nbody';
  assert.throws(
    () => parseMarkdown(text, sourceOf('bad.md', text)),
    (error: unknown) => error instanceof IngestError && error.input === 'bad.md' && /front matter is not valid YAML/.test(error.reason),
  );
  const list = '---\n- a\n- b\n---\nbody';
  assert.throws(() => parseMarkdown(list, sourceOf('list.md', list)), /not a YAML mapping/);
});

test('front matter with nothing after it is refused', () => {
  const text = '---\ntitle: Only metadata\n---\n\n';
  assert.throws(() => parseText(text, sourceOf('meta-only.txt', text)), /no text after the front matter/);
});

test('unknown keys are ignored, invalid URLs and dates dropped, YAML alias bombs refused', () => {
  const { front } = splitFrontMatter('---\nurl: javascript:alert(1)\npublished: not a date\nextra: 1\n---\nx', 'f.md');
  assert.equal(front?.url, null);
  assert.equal(front?.published, null);
  const bomb = `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\nbody`;
  assert.throws(() => splitFrontMatter(bomb, 'bomb.md'), /front matter is not valid YAML/);
});

test('a horizontal rule later in a file is not front matter', () => {
  const text = 'Intro line\n---\ntitle: not metadata\n---\n';
  assert.equal(splitFrontMatter(text, 'x.md').front, null);
});
