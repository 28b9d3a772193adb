import cliProgress from 'cli-progress';

/** A progress bar on stderr, only when stderr is a terminal; otherwise every call does nothing. */
export interface Progress {
  advance(documents: number): void;
  stop(): void;
}

export function startProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < 2) return { advance() {}, stop() {} };
  const started = Date.now();
  let documents = 0;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'ingest [{bar}] {value}/{total} inputs | {documents} documents | {rate} docs/s',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { documents: 0, rate: '0' });
  return {
    advance(added) {
      documents += added;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.increment(1, { documents, rate: (documents / seconds).toFixed(0) });
    },
    stop() {
      bar.stop();
    },
  };
}
