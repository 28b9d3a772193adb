/** Every field of a record, nested objects flattened to dotted names, as a definition list. */
import { el } from './dom.js';

function rows(value: unknown, name: string): Array<[string, string]> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => rows(inner, name ? `${name}.${key}` : key));
  }
  return [[name, value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value)]];
}

export function fieldList(record: object, skip: readonly string[] = []): HTMLElement {
  const list = el('dl', { class: 'fields' });
  for (const [name, value] of rows(record, '')) {
    if (skip.some((s) => name === s || name.startsWith(`${s}.`))) continue;
    list.append(el('dt', {}, name), el('dd', {}, value));
  }
  return list;
}
