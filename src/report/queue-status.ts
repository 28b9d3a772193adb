import type { QueueStatus } from '../queue/status.js';
import { formatCount } from './numbers.js';
import { oneLine } from './text-table.js';

/** `corroborate status`: the queue's jobs by state, then what the store holds, then the latest failures. */
export function formatQueueStatus(status: QueueStatus, location: string): string {
  const rows: Array<[string, number]> = [
    ['queued', status.queued],
    ['active', status.active],
    ['retrying', status.retrying],
    ['completed', status.completed],
    ['failed', status.failed],
    ['documents', status.documents],
    ['claims', status.claims],
  ];
  const width = Math.max(...rows.map(([, n]) => formatCount(n).length));
  const lines = [`queue and store: ${location}`, ...rows.map(([name, n]) => `  ${name.padEnd(10)} ${formatCount(n).padStart(width)}`)];
  if (status.failures.length > 0) {
    lines.push('latest failures:', ...status.failures.map((f) => `  ${oneLine(f.input)}: ${oneLine(f.reason)}`));
  }
  return `${lines.join('\n')}\n`;
}
