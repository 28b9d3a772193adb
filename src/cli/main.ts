import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BYTES } from '../ingest/inputs.js';
import { StoreUnavailableError, isPostgresUrl, openStore, resolveStoreLocation } from '../store/open.js';
import type { Store, StoreOpenOptions } from '../store/store.js';
import { EXIT } from './exit-codes.js';
import { EXPORT_FORMATS, type ExportFormat } from '../report/export.js';
import { OUTCOMES } from '../contracts/claim.js';
import { ServerConfigError } from '../server/errors.js';
import type { ReviewCliOptions } from './review-command.js';

const VERSION = '0.1.0';

/** A command's function, loaded when it is run: starting the CLI loads only the command asked for (extraction alone takes a third of a second to load). */
type EvalCliOptions = Parameters<typeof import('./eval-command.js')['runEval']>[1];

type Loaded<F> = F extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
const runCheck: Loaded<typeof import('./check-command.js')['runCheck']> = async (...args) => (await import('./check-command.js')).runCheck(...args);
const runDemo: Loaded<typeof import('./demo-command.js')['runDemo']> = async (...args) => (await import('./demo-command.js')).runDemo(...args);
const runDocuments: Loaded<typeof import('./documents-command.js')['runDocuments']> = async (...args) => (await import('./documents-command.js')).runDocuments(...args);
const runShow: Loaded<typeof import('./documents-command.js')['runShow']> = async (...args) => (await import('./documents-command.js')).runShow(...args);
const runEval: Loaded<typeof import('./eval-command.js')['runEval']> = async (...args) => (await import('./eval-command.js')).runEval(...args);
const runExtract: Loaded<typeof import('./extract-command.js')['runExtract']> = async (...args) => (await import('./extract-command.js')).runExtract(...args);
const runQuantities: Loaded<typeof import('./extract-command.js')['runQuantities']> = async (...args) => (await import('./extract-command.js')).runQuantities(...args);
const runIngest: Loaded<typeof import('./ingest-command.js')['runIngest']> = async (...args) => (await import('./ingest-command.js')).runIngest(...args);
const runClaims: Loaded<typeof import('./documents-command.js')['runClaims']> = async (...args) => (await import('./documents-command.js')).runClaims(...args);
const runBoard: Loaded<typeof import('./board-command.js')['runBoard']> = async (...args) => (await import('./board-command.js')).runBoard(...args);
const runBrief: Loaded<typeof import('./brief-command.js')['runBrief']> = async (...args) => (await import('./brief-command.js')).runBrief(...args);
const runExport: Loaded<typeof import('./export-command.js')['runExport']> = async (...args) => (await import('./export-command.js')).runExport(...args);
const runBackup: Loaded<typeof import('./backup-command.js')['runBackup']> = async (...args) => (await import('./backup-command.js')).runBackup(...args);
const runImport: Loaded<typeof import('./backup-command.js')['runImport']> = async (...args) => (await import('./backup-command.js')).runImport(...args);
const runServe: Loaded<typeof import('./serve-command.js')['runServe']> = async (...args) => (await import('./serve-command.js')).runServe(...args);
const untilStopped: Loaded<typeof import('./serve-command.js')['untilStopped']> = async (...args) => (await import('./serve-command.js')).untilStopped(...args);
const runReview: Loaded<typeof import('./review-command.js')['runReview']> = async (...args) => (await import('./review-command.js')).runReview(...args);
const runReviewLog: Loaded<typeof import('./review-command.js')['runReviewLog']> = async (...args) => (await import('./review-command.js')).runReviewLog(...args);
const runEnqueue: Loaded<typeof import('./queue-commands.js')['runEnqueue']> = async (...args) => (await import('./queue-commands.js')).runEnqueue(...args);
const runStatus: Loaded<typeof import('./queue-commands.js')['runStatus']> = async (...args) => (await import('./queue-commands.js')).runStatus(...args);
const runWorkerCommand: Loaded<typeof import('./queue-commands.js')['runWorkerCommand']> = async (...args) => (await import('./queue-commands.js')).runWorkerCommand(...args);
const runTimeline: Loaded<typeof import('./timeline-command.js')['runTimeline']> = async (...args) => (await import('./timeline-command.js')).runTimeline(...args);

/** "64MiB", "500k", "1048576" → bytes. */
export function parseByteSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError('expected a size such as 64MiB, 500k or 1048576');
  const unit = (match[2] ?? 'b').toLowerCase()[0] as 'b' | 'k' | 'm' | 'g';
  const scale = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit];
  return Math.floor(Number(match[1]) * scale);
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number (0 for any free port)');
  return n;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError('expected an ISO date such as 2024-12-28 or 2024-12-28T18:00:00Z');
  }
  return new Date(Date.parse(value.length === 10 ? `${value}T12:00:00Z` : value)).toISOString();
}

function parseFraction(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number between 0 and 1');
  return n;
}

function sideCode(value: string): string {
  if (!/^[A-Za-z]{2}$/.test(value)) throw new InvalidArgumentError('expected an ISO 3166-1 alpha-2 side code such as KP');
  return value.toUpperCase();
}

/** --since, --subject, --outcome: which part of the board a report command reads. */
function addBoardQueryOptions(command: Command): Command {
  return command
    .option('--since <date>', 'only documents published on or after this date', isoDate)
    .option('--subject <code>', 'only figures about this side (ISO code, e.g. KP)', sideCode)
    .addOption(new Option('--outcome <outcome>', 'only figures of this outcome').choices([...OUTCOMES]))
    .option('--speakers <file...>', 'extra speaker alias files (the shape of data/speakers.json)');
}

const dbOption = () =>
  new Option('--db <location>', 'store file (default: $CORROBORATE_DB, else ./corroborate.db)');

async function withStore<T>(flag: string | undefined, run: (store: Store) => Promise<T>, options: StoreOpenOptions = {}): Promise<T> {
  const store = await openStore(resolveStoreLocation(flag), options);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/** The queue commands need the store's PostgreSQL database: --db or CORROBORATE_DB must be a postgres:// URL. */
function queueLocation(flag: string | undefined, command: Command): string {
  const location = resolveStoreLocation(flag);
  if (!isPostgresUrl(location)) command.error(`error: ${command.name()} needs a PostgreSQL store: --db postgres://… or CORROBORATE_DB`, { exitCode: EXIT.usage });
  return location;
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number of seconds above 0');
  return n;
}

function buildProgram(setCode: (code: number) => void): Command {
  const program = new Command('corroborate')
    .description('Extract and reconcile attributed casualty and deployment claims from war reporting.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  program
    .command('ingest')
    .description('read files, directories, URLs or stdin (-) into the store as documents')
    .argument('<inputs...>', 'paths, directories, http(s) URLs, or - for standard input')
    .addOption(dbOption())
    .option('--json', 'print one JSON result per input (NDJSON)', false)
    .option('--max-bytes <size>', 'refuse any input larger than this', parseByteSize, DEFAULT_MAX_BYTES)
    .option('--allow-private', 'allow URLs that resolve to private, loopback or link-local addresses', false)
    .option('--timeout <seconds>', 'time limit for each URL fetch', positiveInteger, 20)
    .option('--workers <n>', 'threads that parse and extract (the store is written by one, in input order)', positiveInteger, 1)
    .action(async (inputs: string[], opts: { db?: string; json: boolean; maxBytes: number; allowPrivate: boolean; timeout: number; workers: number }) => {
      await withStore(opts.db, async (store) => {
        const { code } = await runIngest(store, inputs, {
          json: opts.json,
          workers: opts.workers,
          maxBytes: opts.maxBytes,
          allowPrivate: opts.allowPrivate,
          fetch: { timeoutMs: opts.timeout * 1000 },
        });
        setCode(code);
      });
    });

  program
    .command('documents')
    .alias('docs')
    .description('list the documents in the store, earliest first')
    .addOption(dbOption())
    .option('--json', 'print one JSON record per document (NDJSON)', false)
    .option('--origin <id>', 'only the copies of this origin')
    .option('--limit <n>', 'at most this many', positiveInteger)
    .action(async (opts: { db?: string; json: boolean; origin?: string; limit?: number }) => {
      await withStore(opts.db, (store) => runDocuments(store, opts));
    });

  program
    .command('show')
    .description('print one document: its fields, where it was seen, and its text')
    .argument('<id>', 'document id (d_…)')
    .addOption(dbOption())
    .option('--json', 'print the document as JSON', false)
    .action(async (id: string, opts: { db?: string; json: boolean }) => {
      await withStore(opts.db, async (store) => setCode(await runShow(store, id, opts)));
    });

  program
    .command('claims')
    .description('list the claims in the store, in publication order')
    .addOption(dbOption())
    .option('--json', 'print one claims.md record per line (NDJSON)', false)
    .option('--doc <id>', 'only the claims of this document')
    .option('--outcome <outcome>', 'only claims of this outcome (killed, wounded, casualties, captured, missing, surrendered, deployed)')
    .option('--limit <n>', 'at most this many', positiveInteger)
    .action(async (opts: { db?: string; json: boolean; doc?: string; outcome?: string; limit?: number }) => {
      await withStore(opts.db, (store) => runClaims(store, opts));
    });

  program
    .command('extract')
    .description('print the claims of one document (a file or - for stdin) without storing anything')
    .argument('<input>', 'a file in any format ingest reads, or - for standard input')
    .option('--published <date>', 'publication date for resolving relative periods (overrides the document\'s own)', isoDate)
    .addOption(new Option('--format <format>', 'output format').choices(['ndjson', 'table']).default('ndjson'))
    .option('--max-bytes <size>', 'refuse an input larger than this', parseByteSize, DEFAULT_MAX_BYTES)
    .action(async (input: string, opts: { published?: string; format: 'ndjson' | 'table'; maxBytes: number }) => {
      setCode(await runExtract(input, opts));
    });

  program
    .command('quantities')
    .description('print every quantity in each input line (NDJSON {"text"} lines or plain text)')
    .argument('[input]', 'a file, or - / nothing for standard input')
    .action(async (input: string | undefined) => {
      setCode(await runQuantities(input));
    });

  program
    .command('eval')
    .description('score the extractor on a gold file (shared/spec/gold.md) or on scenario folders (shared/spec/scenarios.md: named claims found, and their speakers)')
    .argument('<gold>', 'gold annotations, one JSON document per line; or a scenario folder (with expect.json), or a folder of them')
    .option('--texts <dir>', 'folder of the texts (default: the gold file\'s folder)')
    .option('--json', 'print the full report as JSON', false)
    .option('--verbose', 'list misses, false positives and wrong attributes (each wrong speaker with the text chosen)', false)
    .option('--min-f1 <f1>', 'exit 1 when the claim F1 (gold file) is below this', parseFraction)
    .option('--min-found <share>', 'exit 1 when the share of named claims found (scenarios) is below this', parseFraction)
    .option('--min-speaker <share>', 'exit 1 when the share of right speakers is below this', parseFraction)
    .option('--min-origins <f1>', 'exit 1 when the origins F1 (scenarios) is below this', parseFraction)
    .option('--min-figures <f1>', 'exit 1 when the figures F1 (scenarios) is below this', parseFraction)
    .option('--min-verdicts <share>', 'exit 1 when the share of expected verdicts the board gives (scenarios) is below this', parseFraction)
    .option('--max-false-accusations <n>', 'exit 1 when the board makes more false accusations than this (scenarios)', (v: string) => {
      if (!/^\d+$/.test(v)) throw new InvalidArgumentError('expected a whole number, 0 or more');
      return Number(v);
    })
    .action(async (gold: string, opts: EvalCliOptions) => {
      setCode(await runEval(gold, opts));
    });

  addBoardQueryOptions(
    program
      .command('brief')
      .description('write a neutral, cited brief of the reconciled figures (Markdown or HTML)')
      .addOption(dbOption())
      .addOption(new Option('--format <format>', 'output format').choices(['md', 'html']).default('md'))
      .option('--out <file>', 'write to this file (replaced only when complete) instead of standard output')
      .option('--title <title>', 'the brief\'s title'),
  ).action(async (opts: { db?: string; format: 'md' | 'html'; out?: string; title?: string; since?: string; subject?: string; outcome?: string }) => {
    await withStore(opts.db, async (store) => setCode(await runBrief(store, opts)));
  });

  addBoardQueryOptions(
    program
      .command('export')
      .description('write every claim with its figure, origin and relations as CSV, NDJSON or JSON-LD')
      .addOption(dbOption())
      .addOption(new Option('--format <format>', 'csv (RFC 4180), ndjson, or jsonld (schema.org Claim records in an @graph)').choices([...EXPORT_FORMATS]).makeOptionMandatory())
      .option('--out <file>', 'write to this file (replaced only when complete) instead of standard output'),
  ).action(async (opts: { db?: string; format: ExportFormat; out?: string; since?: string; subject?: string; outcome?: string }) => {
    await withStore(opts.db, async (store) => setCode(await runExport(store, opts)));
  });

  program
    .command('backup')
    .description('write the whole store (sources, documents, claims as extracted, the review log) as NDJSON, for `import`')
    .addOption(dbOption())
    .option('--out <file>', 'write to this file (replaced only when complete) instead of standard output')
    .action(async (opts: { db?: string; out?: string }) => {
      await withStore(opts.db, async (store) => setCode(await runBackup(store, opts)));
    });

  program
    .command('import')
    .description('read a `backup` file into an empty store (checked whole first: a bad backup writes nothing)')
    .argument('<file>', 'a file written by `corroborate backup`')
    .addOption(dbOption())
    .option('--merge', 'import into a store that already holds documents (reviews already in its log are skipped)', false)
    .option('--json', 'print the counts imported as one JSON object', false)
    .action(async (file: string, opts: { db?: string; merge: boolean; json: boolean }) => {
      await withStore(opts.db, async (store) => setCode(await runImport(store, file, opts)));
    });

  addBoardQueryOptions(
    program
      .command('timeline')
      .description('show the claims on a figure in publication order, with a bar chart of what each one states')
      .argument('[figure]', 'figure id (f_…); or choose figures with --subject and --outcome')
      .addOption(dbOption())
      .option('--json', 'print one JSON object per figure (NDJSON)', false),
  ).action(async (figure: string | undefined, opts: { db?: string; json: boolean; since?: string; subject?: string; outcome?: string }, command: Command) => {
    await withStore(opts.db, async (store) => {
      try {
        setCode(await runTimeline(store, figure, opts));
      } catch (error) {
        if (error instanceof (await import('./timeline-command.js')).TimelineUsageError) command.error(`error: ${error.message}`, { exitCode: EXIT.usage });
        throw error;
      }
    });
  });

  addBoardQueryOptions(
    program
      .command('board')
      .description('the figures: claims reconciled across sources, with origins, ranges, conflicts and drift')
      .addOption(dbOption())
      .option('--json', 'print the board as JSON (shared/spec/board.md)', false),
  ).action(async (opts: { db?: string; json: boolean; since?: string; subject?: string; outcome?: string; speakers?: string[] }) => {
    await withStore(opts.db, (store) => runBoard(store, opts));
  });

  const serveOptions = (command: Command) =>
    command
      .option('--port <n>', 'port to listen on (0: any free port)', port, 8080)
      .option('--host <address>', 'address to listen on (anything but loopback needs a token)', '127.0.0.1')
      .option('--token <token>', 'bearer token writes need (default: $CORROBORATE_TOKEN)')
      .option('--allow-private', 'let added sources be fetched from private, loopback or link-local addresses', false);

  serveOptions(
    program
      .command('serve')
      .description('serve the web UI and the JSON API over the store')
      .addOption(dbOption()),
  ).action(async (opts: { db?: string; port: number; host: string; token?: string; allowPrivate: boolean }) => {
    const db = resolveStoreLocation(opts.db);
    await withStore(db, async (store) => {
      const server = await runServe(store, { ...opts, db, version: VERSION });
      await untilStopped();
      await server.close();
    });
  });

  serveOptions(
    program
      .command('demo')
      .description('ingest the bundled demo corpus into a fresh store and print what was found')
      .option('--db <file>', 'demo store file (replaced on every run)', 'corroborate-demo.db')
      .option('--json', 'print the documents as JSON', false)
      .option('--serve', 'then serve the demo store in the web UI', false),
  ).action(async (opts: { db: string; json: boolean; serve: boolean; port: number; host: string; token?: string; allowPrivate: boolean }) => {
    setCode(await runDemo(opts));
    if (!opts.serve) return;
    await withStore(opts.db, async (store) => {
      const server = await runServe(store, { ...opts, version: VERSION });
      await untilStopped();
      await server.close();
    });
  });

  program
    .command('review')
    .description('confirm, correct or reject a claim (kept in an audit log), or print the log with --log')
    .argument('[claim]', 'claim id (c_…)')
    .addOption(dbOption())
    .option('--confirm', 'the claim is right')
    .option('--reject', 'the claim is wrong: leave it out')
    .option('--correct <json>', 'replace these fields of the claim (a JSON object)')
    .option('--reviewer <name>', 'who reviews')
    .option('--note <text>', 'why')
    .option('--log', 'print the audit log (newest first) instead', false)
    .option('--claim <id>', 'with --log: only this claim')
    .option('--json', 'print JSON', false)
    .action(async (claim: string | undefined, opts: ReviewCliOptions, command: Command) => {
      await withStore(opts.db, async (store) => {
        if (opts.log) return setCode(await runReviewLog(store, opts));
        const code = await runReview(store, claim, opts);
        if (typeof code === 'string') command.error(`error: ${code}`, { exitCode: EXIT.usage });
        setCode(code);
      });
    });

  program
    .command('check')
    .description('verify the store (integrity, references, schema version); exit 4 listing each problem if it is damaged')
    .addOption(dbOption())
    .option('--json', 'print the result as one JSON object', false)
    .action(async (opts: { db?: string; json: boolean }) => {
      // Opened as found: no migration, and a missing SQLite file is not created.
      await withStore(opts.db, async (store) => setCode(await runCheck(store, opts)), { migrate: false });
    });

  program
    .command('enqueue')
    .description('put files, directories or URLs on the PostgreSQL job queue for `worker` processes on any machine')
    .argument('<inputs...>', 'paths, directories or http(s) URLs (a file\'s bytes go into the database now)')
    .addOption(dbOption())
    .option('--json', 'print one JSON result per input (NDJSON)', false)
    .option('--max-bytes <size>', 'refuse any file larger than this', parseByteSize, DEFAULT_MAX_BYTES)
    .option('--retries <n>', 'attempts after the first before a job is recorded as failed', (v) => (v === '0' ? 0 : positiveInteger(v)), 2)
    .option('--retry-delay <seconds>', 'wait before a retry', positiveInteger, 10)
    .option('--expire <seconds>', 'a job active this long is taken to be lost with its worker and retried', positiveInteger, 900)
    .action(async (inputs: string[], opts: { db?: string; json: boolean; maxBytes: number; retries: number; retryDelay: number; expire: number }, command: Command) => {
      const url = queueLocation(opts.db, command);
      await withStore(url, async (store) =>
        setCode(await runEnqueue(store, url, inputs, { ...opts, retryDelaySeconds: opts.retryDelay, expireSeconds: opts.expire })),
      );
    });

  program
    .command('worker')
    .description('ingest jobs from the PostgreSQL queue until stopped (SIGINT/SIGTERM); run any number, on any machines')
    .addOption(dbOption())
    .option('--concurrency <n>', 'jobs worked on at once by this process', positiveInteger, 1)
    .option('--batch <n>', 'jobs each of those takes at a time, stored in one transaction', positiveInteger, 10)
    .option('--until-empty', 'exit once no job is queued, active or waiting for a retry', false)
    .option('--json', 'print one JSON record per job as it ends (NDJSON)', false)
    .option('--poll <seconds>', 'how long an idle worker waits before asking for jobs again', seconds, 2)
    .option('--maintenance <seconds>', 'how often to look for jobs lost with a crashed worker', positiveInteger, 30)
    .option('--max-bytes <size>', 'refuse any input larger than this', parseByteSize, DEFAULT_MAX_BYTES)
    .option('--allow-private', 'allow URLs that resolve to private, loopback or link-local addresses', false)
    .option('--timeout <seconds>', 'time limit for each URL fetch', positiveInteger, 20)
    .action(async (opts: { db?: string; concurrency: number; batch: number; untilEmpty: boolean; json: boolean; poll: number; maintenance: number; maxBytes: number; allowPrivate: boolean; timeout: number }, command: Command) => {
      const url = queueLocation(opts.db, command);
      await withStore(url, async (store) =>
        setCode(
          await runWorkerCommand(store, url, {
            concurrency: opts.concurrency,
            batch: opts.batch,
            untilEmpty: opts.untilEmpty,
            json: opts.json,
            pollSeconds: opts.poll,
            maintenanceSeconds: opts.maintenance,
            ingest: { maxBytes: opts.maxBytes, allowPrivate: opts.allowPrivate, fetch: { timeoutMs: opts.timeout * 1000 } },
          }),
        ),
      );
    });

  program
    .command('status')
    .description('the PostgreSQL queue\'s jobs by state (queued, active, retrying, completed, failed) and what the store holds')
    .addOption(dbOption())
    .option('--json', 'print the counts as one JSON object', false)
    .action(async (opts: { db?: string; json: boolean }, command: Command) => {
      const url = queueLocation(opts.db, command);
      await withStore(url, async (store) => setCode(await runStatus(store, url, opts)));
    });

  return program;
}

/** Runs the command line; returns the process exit code (see exit-codes.ts). */
export async function main(argv: readonly string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((next) => {
    code = next;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof ServerConfigError) {
      process.stderr.write(`corroborate: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof StoreUnavailableError) {
      process.stderr.write(`corroborate: ${error.message}\n`);
      return EXIT.unavailable;
    }
    const message = error instanceof Error ? (process.env.CORROBORATE_DEBUG ? error.stack : error.message) : String(error);
    process.stderr.write(`corroborate: ${message}\n`);
    return EXIT.unavailable;
  }
}
