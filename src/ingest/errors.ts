/** A refusal to ingest one input: names the input and says why, in one line. */
export class IngestError extends Error {
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`${input}: ${reason}`);
    this.name = 'IngestError';
  }
}
