import type { ClaimsDialect } from './sqlite-claims.js';

/** PostgreSQL's spelling of what the claims queries need (see sqlite-claims.ts). */
export const POSTGRES_DIALECT: ClaimsDialect = {
  jsonText: (column, path) => `((${column})::json #>> '{${path.join(',')}}')`,
  position: (haystack, needle) => `strpos(${haystack}, ${needle})`,
  orderedJoin: 'JOIN',
};

export interface PositionalQuery {
  text: string;
  values: Array<string | number>;
}

/**
 * Named parameters (@name, as the shared query builders write them) as
 * PostgreSQL's numbered ones, each cast to the type of its value so that
 * a parameter compared only with another parameter still has a type.
 */
export function positional(sql: string, params: Record<string, string | number>): PositionalQuery {
  const numbers = new Map<string, number>();
  const values: Array<string | number> = [];
  const text = sql.replace(/@(\w+)/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    let n = numbers.get(name);
    if (n === undefined) {
      values.push(params[name] as string | number);
      n = values.length;
      numbers.set(name, n);
    }
    return `$${n}::${castOf(params[name] as string | number)}`;
  });
  return { text, values };
}

function castOf(value: string | number): string {
  if (typeof value === 'string') return 'text';
  return Number.isInteger(value) ? 'bigint' : 'float8';
}

/** ? placeholders (SQLite's, in SQL both engines share) as $1, $2, … */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
