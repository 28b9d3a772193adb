/** Hash routing: each route renders one view into <main>. */
import { renderAddSource } from './add-source-view.js';
import { renderBoard } from './board-view.js';
import { renderBrief } from './brief-view.js';
import { renderClaims } from './claims-view.js';
import { status } from './dom.js';
import { renderEvidence } from './evidence-view.js';
import { renderFigure } from './figure-view.js';
import { renderRelations } from './relations-view.js';
import { renderTokenControl } from './token-control.js';

type Render = (match: RegExpMatchArray, query: URLSearchParams) => HTMLElement | Promise<HTMLElement>;

const routes: Array<[RegExp, Render]> = [
  [/^\/?$/, () => renderBoard()],
  [/^\/figure\/([^/]+)$/, (m) => renderFigure(decodeURIComponent(m[1]!))],
  [/^\/claims$/, (_, query) => renderClaims(query)],
  [/^\/claim\/([^/]+)$/, (m) => renderEvidence(decodeURIComponent(m[1]!))],
  [/^\/relations$/, (_, query) => renderRelations(query)],
  [/^\/add$/, () => renderAddSource()],
  [/^\/brief$/, () => renderBrief()],
];

const view = document.getElementById('view')!;
document.querySelector('.site-header')!.append(renderTokenControl());
let rendering = 0;

async function show(): Promise<void> {
  const ticket = ++rendering;
  const [path = '', search = ''] = location.hash.replace(/^#/, '').split('?');
  const query = new URLSearchParams(search);
  view.setAttribute('aria-busy', 'true');
  let content: HTMLElement;
  try {
    const route = routes.find(([pattern]) => pattern.test(path));
    content = route ? await route[1](path.match(route[0])!, query) : status(`No page at ${path}.`, 'error');
  } catch (error) {
    content = status(`Could not load this page: ${(error as Error).message}`, 'error');
  }
  // A later navigation won while this one was loading.
  if (ticket !== rendering) return;
  view.replaceChildren(content);
  view.setAttribute('aria-busy', 'false');
  for (const link of document.querySelectorAll('.site-header nav a')) {
    link.toggleAttribute('aria-current', link.getAttribute('href') === `#${path.split('/').slice(0, 2).join('/') || '/'}`);
  }
}

window.addEventListener('hashchange', () => void show());
void show();
