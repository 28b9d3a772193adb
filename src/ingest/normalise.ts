import { createHash } from 'node:crypto';

/**
 * The text a document is stored and identified by: Unicode NFC, Unix line
 * ends, no trailing spaces, at most one blank line between paragraphs. Claim
 * offsets point into exactly this string.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Content address of a document: the same normalised text always gets the same id. */
export function documentId(normalisedText: string): string {
  return `d_${sha256Hex(normalisedText).slice(0, 16)}`;
}

/** A document's stored text and its id, or null when nothing is left after normalisation. */
export function identifyText(raw: string): { text: string; id: string } | null {
  const text = normaliseText(raw);
  return text === '' ? null : { text, id: documentId(text) };
}
