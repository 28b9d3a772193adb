import type { StoreCheck } from '../store/store.js';

/** `check`'s text: one line when the store is sound, else one line per problem. */
export function storeCheckText(result: StoreCheck): string {
  const where = `${result.location} (${result.engine}, schema version ${result.schemaVersion})`;
  if (result.problems.length === 0) return `${where}: sound\n`;
  const count = result.problems.length === 1 ? '1 problem' : `${result.problems.length} problems`;
  return `${where}: ${count}\n${result.problems.map((problem) => `  ${problem.check}: ${problem.message}\n`).join('')}`;
}

export function storeCheckJson(result: StoreCheck): string {
  return `${JSON.stringify({ ok: result.problems.length === 0, ...result })}\n`;
}
