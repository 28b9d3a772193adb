import type { DocumentDraft, Source } from '../contracts/document.js';

/**
 * A parser turns one decoded source into documents. It throws IngestError
 * (naming source.name and the reason) when the source is not of its format
 * or is broken; it never returns a half-read result.
 */
export type Parser = (text: string, source: Source) => DocumentDraft[];
