import type { Outcome } from '../contracts/claim.js';
import { KeyHash } from './key-hash.js';

/**
 * Stable claim id: the same document, span and reading always give the same
 * id. A 64-bit FNV-1a over the key `doc|start|end|outcome|value|speaker` is
 * enough to tell a document's claims apart and costs a fraction of SHA-256;
 * the key is hashed piece by piece rather than built.
 */
export function claimId(doc: string, start: number, end: number, outcome: Outcome, value: number | null, speaker: string | null): string {
  const hash = new KeyHash().add(doc).add('|').add(String(start)).add('|').add(String(end)).add('|').add(outcome).add('|');
  return `c_${hash.add(String(value ?? '')).add('|').add(speaker ?? '').hex()}`;
}
