/**
 * The Document record of ../shared/spec/claims.md ("Documents"), plus the
 * provenance corroborate keeps beside it. Field names of the spec are fixed;
 * the extra fields are ours.
 */
export type DocumentKind = 'article' | 'post' | 'report' | 'transcript';

export interface Document {
  /** `d_` + the first 16 hex digits of the SHA-256 of the normalised text. */
  id: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  /** ISO 8601 date-time, or null when the source gives none. */
  published: string | null;
  /** ISO 8601 date-time at which corroborate read the source. */
  retrieved: string;
  lang: string | null;
  kind: DocumentKind;
  text: string;
  /** Id of the earliest document of its near-duplicate cluster (itself when it has none). */
  origin: string;
  /** Provenance: the raw source this document was read from (sha256 of its bytes). */
  source: string;
  /** Format-specific details worth keeping (Telegram post id, channel, forward source, edit time, author…). */
  meta: DocumentMeta;
}

export interface DocumentMeta {
  /** The format the document was read from. */
  format?: 'text' | 'markdown' | 'html' | 'rss' | 'atom' | 'telegram' | 'ndjson';
  author?: string | null;
  /** Telegram: channel name, channel username (when public), message id, forward source, edit time. */
  channel?: string | null;
  channelId?: string | null;
  postId?: number | null;
  forwardedFrom?: string | null;
  edited?: string | null;
  /** Feeds: the feed's title and the item's guid. */
  feed?: string | null;
  guid?: string | null;
  /** Where inside the source this document sits (e.g. "item 3", "message 1042"). */
  locator?: string | null;
}

/** What a parser produces: a document before it is identified and clustered. */
export type DocumentDraft = Omit<Document, 'id' | 'origin' | 'source' | 'retrieved'>;

/** Raw bytes of one input, kept so that evidence survives the original's deletion. */
export interface Source {
  /** What the user named: a path, a URL, or "-" for stdin. */
  name: string;
  bytes: Buffer;
  /** MIME type from the server, or guessed from the file name; null when unknown. */
  contentType: string | null;
  /** The final URL after redirects, for fetched sources. */
  url: string | null;
  retrieved: string;
}
