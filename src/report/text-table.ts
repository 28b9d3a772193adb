/** Plain fixed-width tables for the terminal. Cells are single-line; long cells are cut with an ellipsis. */
export interface Column<T> {
  header: string;
  value: (row: T) => string;
  max?: number;
  align?: 'left' | 'right';
}

export function oneLine(text: string): string {
  // Control characters from untrusted sources must not reach the terminal (no escape sequences).
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, Math.max(0, max - 1))}…` : text;
}

export function renderTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((row) => columns.map((c) => cut(oneLine(c.value(row)), c.max ?? 80)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => (r[i] ?? '').length)));
  const pad = (text: string, i: number) =>
    columns[i]?.align === 'right' ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0);
  const line = (values: readonly string[]) => values.map(pad).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join('\n');
}
