/** Adding a source by URL, file or pasted text; the claims found appear below without a reload. */
import type { IngestResponse } from '../../src/contracts/api.js';
import { api, uploadSource } from './api.js';
import { claimTable } from './claim-table.js';
import { el, input, labelled, status } from './dom.js';

export function renderAddSource(): HTMLElement {
  const progress = el('div', { class: 'progress', 'aria-live': 'polite' });
  const results = el('div', { class: 'ingest-results' });

  async function run(label: string, ingest: (onProgress: (fraction: number) => void) => Promise<IngestResponse>): Promise<void> {
    const bar = el('progress', { max: 1 });
    const message = status(`${label}: sending…`);
    progress.replaceChildren(message, bar);
    try {
      const response = await ingest((fraction) => {
        bar.value = fraction;
        message.textContent = fraction < 1 ? `${label}: sending ${Math.round(fraction * 100)}%` : `${label}: extracting claims…`;
      });
      bar.value = 1;
      message.textContent = `${label}: done.`;
      await showResults(response);
    } catch (error) {
      progress.replaceChildren(status(`${label} failed: ${(error as Error).message}`, 'error'));
    }
  }

  async function showResults(response: IngestResponse): Promise<void> {
    for (const result of response.results) {
      const block = el('div', { class: `ingest-result ingest-${result.status}`, 'data-document': result.document ?? '' });
      block.append(el('h3', {}, `${result.name}: ${result.status}`, result.document ? `, ${result.claims} claims` : ''));
      if (result.error) block.append(status(result.error, 'error'));
      results.prepend(block);
      if (result.document) {
        const page = await api.claims({ doc: result.document, limit: 100 });
        block.append(page.claims.length ? claimTable(page.claims).table : el('p', { class: 'empty' }, 'No claims found in it.'));
      }
    }
  }

  const url = input('url', '', { type: 'url', placeholder: 'https://…', required: true });
  const urlForm = el('form', { class: 'source-form' }, labelled('Address', url), el('button', { type: 'submit' }, 'Fetch'));
  urlForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void run('Fetching', () => api.addSource({ url: url.value.trim() }));
  });

  const file = input('file', '', { type: 'file', required: true });
  const fileForm = el('form', { class: 'source-form' }, labelled('File', file), el('button', { type: 'submit' }, 'Upload'));
  fileForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = file.files?.[0];
    if (chosen) void run(`Uploading ${chosen.name}`, (onProgress) => uploadSource(chosen, onProgress));
  });

  const text = el('textarea', { name: 'text', rows: 10, required: true, placeholder: 'Paste an article or post' });
  const title = input('title');
  const publisher = input('publisher');
  const published = input('published', '', { type: 'date' });
  const sourceUrl = input('source-url', '', { type: 'url', placeholder: 'https://… (optional)' });
  const textForm = el(
    'form',
    { class: 'source-form paste-form' },
    labelled('Text', text),
    labelled('Title', title),
    labelled('Outlet', publisher),
    labelled('Published', published),
    labelled('Original address', sourceUrl),
    el('button', { type: 'submit' }, 'Add text'),
  );
  textForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const optional = (value: string) => value.trim() || undefined;
    void run('Adding text', () =>
      api.addSource({ text: text.value, title: optional(title.value), publisher: optional(publisher.value), published: optional(published.value), url: optional(sourceUrl.value) }),
    );
  });

  return el(
    'section',
    { class: 'add-source' },
    el('h1', {}, 'Add a source'),
    el('div', { class: 'source-forms' }, el('section', {}, el('h2', {}, 'From an address'), urlForm), el('section', {}, el('h2', {}, 'From a file'), fileForm), el('section', {}, el('h2', {}, 'Pasted text'), textForm)),
    progress,
    results,
  );
}
