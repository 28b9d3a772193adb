import { backupLines } from '../store/backup.js';
import { BackupError, StoreNotEmptyError, importBackup } from '../store/restore.js';
import type { Store } from '../store/store.js';
import { EXIT } from './exit-codes.js';
import { writeOutput } from './write-output.js';

export async function runBackup(store: Store, opts: { out?: string }): Promise<number> {
  await writeOutput(opts.out, backupLines(store));
  return EXIT.ok;
}

export async function runImport(store: Store, file: string, opts: { merge: boolean; json: boolean }): Promise<number> {
  try {
    const result = await importBackup(store, file, opts);
    process.stdout.write(
      opts.json ? `${JSON.stringify(result)}\n` : `imported ${result.documents} documents, ${result.sources} sources and ${result.reviews} reviews into ${store.location}\n`,
    );
    return EXIT.ok;
  } catch (error) {
    if (error instanceof StoreNotEmptyError) {
      process.stderr.write(`corroborate: ${error.message}\n`);
      return EXIT.usage;
    }
    if (!(error instanceof BackupError)) throw error;
    process.stderr.write(`corroborate: ${file}: ${error.message}\n`);
    return EXIT.inputFailed;
  }
}
