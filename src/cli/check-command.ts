import { storeCheckJson, storeCheckText } from '../report/store-check.js';
import type { Store } from '../store/store.js';
import { EXIT } from './exit-codes.js';

export async function runCheck(store: Store, opts: { json: boolean }): Promise<number> {
  const result = await store.check();
  process.stdout.write(opts.json ? storeCheckJson(result) : storeCheckText(result));
  return result.problems.length === 0 ? EXIT.ok : EXIT.unsound;
}
