import type { StoreProblem } from './store.js';

/**
 * Rows that point at something the store does not hold, the same SQL in both
 * engines. Foreign keys should make most of these impossible; they are
 * checked anyway because SQLite enforces them only on connections that ask,
 * and either engine can be written to by other tools.
 */
const DANGLING_ROWS: ReadonlyArray<{ check: string; what: string; sql: string }> = [
  danglingDocument('claims', 'c.id', 'claims c', 'c.doc'),
  danglingDocument('appearances', "c.document || ' in ' || c.source", 'appearances c', 'c.document'),
  danglingDocument('document bands', 'c.band', 'document_bands c', 'c.document'),
  danglingDocument('reviews', "c.claim || ' (review ' || c.id || ')'", 'reviews c', 'c.doc'),
  danglingDocument('review states', 'c.claim', 'review_state c', 'c.doc'),
  {
    check: 'origins',
    what: 'documents whose origin is not a stored document',
    sql: 'SELECT c.id AS id, count(*) OVER () AS n FROM documents c WHERE NOT EXISTS (SELECT 1 FROM documents o WHERE o.id = c.origin)',
  },
  {
    check: 'sources',
    what: 'documents whose source is missing',
    sql: 'SELECT c.id AS id, count(*) OVER () AS n FROM documents c WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.sha256 = c.source)',
  },
  {
    check: 'sources',
    what: 'appearances whose source is missing',
    sql: "SELECT c.document || ' in ' || c.source AS id, count(*) OVER () AS n FROM appearances c WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.sha256 = c.source)",
  },
];

function danglingDocument(check: string, id: string, table: string, documentColumn: string) {
  return {
    check: `orphan ${check}`,
    what: `${check} whose document is missing`,
    sql: `SELECT ${id} AS id, count(*) OVER () AS n FROM ${table} WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = ${documentColumn})`,
  };
}

/** How many examples a problem names. */
export const EXAMPLES = 5;

/** Runs every dangling-row query through `query` (which returns at most EXAMPLES rows of `sql`). */
export async function danglingRowProblems(query: (sql: string) => Promise<Array<{ id: string; n: number }>>): Promise<StoreProblem[]> {
  const problems: StoreProblem[] = [];
  for (const { check, what, sql } of DANGLING_ROWS) {
    const rows = await query(`${sql} LIMIT ${EXAMPLES}`);
    if (rows.length === 0) continue;
    problems.push({ check, message: `${Number(rows[0]?.n)} ${what} (${examples(rows.map((row) => row.id), Number(rows[0]?.n))})` });
  }
  return problems;
}

export function examples(ids: readonly string[], total: number): string {
  return `${total > ids.length ? 'e.g. ' : ''}${ids.join(', ')}`;
}

export function schemaVersionProblem(found: number, expected: number): StoreProblem[] {
  if (found === expected) return [];
  return [{
    check: 'schema version',
    message: `schema version ${found}, but this corroborate's is ${expected}; the row checks need that schema and were not run`,
  }];
}
