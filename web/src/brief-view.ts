/** The brief in Markdown, shown as plain preformatted text, and the HTML brief to download. */
import { api, briefDownloadHref } from './api.js';
import { el } from './dom.js';

export async function renderBrief(): Promise<HTMLElement> {
  const markdown = await api.briefMarkdown();
  return el(
    'section',
    { class: 'brief-page' },
    el('h1', {}, 'Brief'),
    el('p', {}, el('a', { href: briefDownloadHref, download: 'corroborate-brief.html' }, 'Download the brief as HTML')),
    el('pre', { class: 'brief' }, markdown),
  );
}
