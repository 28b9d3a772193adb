import type { IngestSummary, InputResult } from '../ingest/pipeline.js';
import { dateOf } from './documents.js';
import { oneLine } from './text-table.js';
import { plural } from './numbers.js';

export function formatInputResult(result: InputResult): string {
  return result.documents
    .map((d) => {
      const what =
        d.status === 'exists' ? 'already stored' : d.copyOf && d.copyOf !== d.id ? `added, copy of ${d.copyOf}` : 'added';
      const where = d.locator ? ` [${d.locator}]` : '';
      const title = oneLine(d.title ?? '').slice(0, 60);
      return `${d.id}  ${dateOf(d.published)}  ${what}  ${oneLine(result.input)}${where}${title ? `  ${title}` : ''}\n`;
    })
    .join('');
}

export function formatSummary(summary: IngestSummary, location: string): string {
  return (
    `${plural(summary.inputs, 'input')}: ${plural(summary.added, 'document')} added, ` +
    `${summary.existing} already stored, ${summary.failed} failed (store: ${location})`
  );
}
