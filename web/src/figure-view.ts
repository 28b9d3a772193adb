/** One figure: its timeline chart, its claims and the relations between them. */
import { api } from './api.js';
import { claimTable } from './claim-table.js';
import { el, input, labelled } from './dom.js';
import { figureTitle, numberLabel } from './format.js';
import { relationList } from './relation-list.js';
import { timelineChart } from './timeline-chart.js';

export async function renderFigure(figureId: string): Promise<HTMLElement> {
  const timeline = await api.figure(figureId);
  const { figure, claims, relations } = timeline;
  const byId = new Map(claims.map((c) => [c.id, c]));
  const numbers = claims.flatMap((c) => (c.quantity ? [c.quantity.min ?? c.quantity.value, c.quantity.max ?? c.quantity.value] : [])).filter((n) => n > 0);
  const spansDecades = numbers.length > 1 && Math.max(...numbers) / Math.min(...numbers) > 100;

  const logToggle = input('log', '', { type: 'checkbox', checked: spansDecades });
  const chartHolder = el('div', { class: 'chart-holder' });
  const drawChart = () => chartHolder.replaceChildren(timelineChart(claims, { log: logToggle.checked }));
  logToggle.addEventListener('change', drawChart);

  const section = el(
    'section',
    { class: 'figure-page', 'data-figure': figure.id },
    el('h1', {}, figureTitle(figure)),
    el(
      'p',
      { class: 'range' },
      `low ${numberLabel(figure.low)} · best ${numberLabel(figure.best)} · high ${numberLabel(figure.high)} · ${figure.origins} independent origin(s) · ${claims.length} claims · ${figure.first ?? '—'} to ${figure.latest ?? '—'}`,
      figure.conflicts ? el('span', { class: 'conflict-mark' }, ` ⚠ ${figure.conflicts} conflicts${figure.denied ? ' (denied)' : ''}`) : '',
    ),
    el('div', { class: 'chart-controls' }, labelled('Log scale', logToggle)),
    chartHolder,
    el('h2', {}, 'Claims'),
    claimTable(claims).table,
    el('h2', {}, 'Relations'),
    relationList(relations, (id) => byId.get(id)),
  );
  drawChart();
  return section;
}
