import { WARCRecord, WARCSerializer } from 'warcio';

export interface WarcEntry {
  type: 'response' | 'resource' | 'request' | 'warcinfo';
  url: string;
  date: string;
  contentType: string;
  body: string;
  status?: number;
}

async function* bytesOf(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}

/** One serialised record (a gzip member of its own when gzip is set), written with warcio as crawlers write them. */
export async function warcRecord(entry: WarcEntry, gzip: boolean): Promise<Buffer> {
  const http = entry.type === 'response' || entry.type === 'request';
  const record = WARCRecord.create(
    {
      url: entry.url,
      date: entry.date,
      type: entry.type,
      warcVersion: 'WARC/1.1',
      ...(http
        ? { httpHeaders: { 'Content-Type': entry.contentType }, statusline: entry.type === 'request' ? 'GET / HTTP/1.1' : `HTTP/1.1 ${entry.status ?? 200} OK` }
        : { warcHeaders: { 'Content-Type': entry.contentType } }),
    },
    bytesOf(entry.body),
  );
  return Buffer.from(await WARCSerializer.serialize(record, { gzip }));
}

/** A WARC file's bytes and each record's offset in it. */
export async function warcFile(entries: readonly WarcEntry[], gzip: boolean): Promise<{ bytes: Buffer; offsets: number[] }> {
  const records = await Promise.all(entries.map((entry) => warcRecord(entry, gzip)));
  const offsets: number[] = [];
  let at = 0;
  for (const record of records) {
    offsets.push(at);
    at += record.length;
  }
  return { bytes: Buffer.concat(records), offsets };
}
