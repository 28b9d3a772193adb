/**
 * Near-duplicate detection with MinHash over word 3-shingles, with LSH
 * banding to find candidates without comparing every pair.
 *
 * Why MinHash and not SimHash: MinHash estimates the Jaccard similarity of
 * the shingle sets directly, so "what counts as a copy" is a threshold on a
 * quantity a person can reason about (the share of 3-word phrases two texts
 * have in common); SimHash's Hamming distance has no such reading and is
 * tuned for web-scale exact-ish duplicates, not light rewrites.
 */
export const SHINGLE_WORDS = 3;
export const PERMUTATIONS = 128;
export const BANDS = 32;
export const ROWS_PER_BAND = PERMUTATIONS / BANDS;
/** Estimated Jaccard similarity at or above which two documents are copies of one origin. */
export const COPY_THRESHOLD = 0.5;
/** Texts with fewer shingles than this are too short to judge; only identical text makes them copies. */
export const MIN_SHINGLES = 8;
/**
 * How many holders of one band key a lookup reads: the ones with the smallest
 * ids, a fixed sample. A band held by many documents is boilerplate (a
 * footer, a wire credit) or a widely syndicated story; comparing with every
 * holder made each lookup slower as the store grew. A sample keeps the cost
 * bounded and still finds a syndicated story's cluster, since any one of its
 * copies leads to it.
 */
export const BAND_SAMPLE = 50;

export type Signature = Uint32Array;

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter((word) => word.length > 0);
}

/** A strong 32-bit mix (murmur3's finaliser); seeded, it serves as one hash function of the family. */
function mix(value: number, seed: number): number {
  let h = (value ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(PERMUTATIONS);
  let state = 0x9e3779b9;
  for (let i = 0; i < PERMUTATIONS; i++) {
    state = mix(state + i, 0x6a09e667);
    seeds[i] = state;
  }
  return seeds;
})();

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 32;

/**
 * The FNV-1a hash of each distinct run of SHINGLE_WORDS words joined by
 * spaces, computed over the words in place (no joined string is built).
 */
export function shingleHashes(text: string): Set<number> {
  const tokens = words(text);
  const hashes = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= tokens.length; i++) {
    let hash = FNV_OFFSET;
    for (let w = 0; w < SHINGLE_WORDS; w++) {
      if (w > 0) hash = Math.imul(hash ^ SPACE, FNV_PRIME);
      const word = tokens[i + w] as string;
      for (let c = 0; c < word.length; c++) hash = Math.imul(hash ^ word.charCodeAt(c), FNV_PRIME);
    }
    hashes.add(hash >>> 0);
  }
  return hashes;
}

/** The MinHash signature, or null when the text is too short to compare. */
export function signatureOf(text: string): Signature | null {
  const shingles = shingleHashes(text);
  if (shingles.size < MIN_SHINGLES) return null;
  const values = Uint32Array.from(shingles);
  const signature = new Uint32Array(PERMUTATIONS);
  // The hot loop of ingest: mix() inlined, the minimum kept in a local, one permutation at a time.
  for (let i = 0; i < PERMUTATIONS; i++) {
    const seed = SEEDS[i] as number;
    let min = 0xffffffff;
    for (let j = 0; j < values.length; j++) {
      let h = (values[j] as number) ^ seed;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < min) min = h;
    }
    signature[i] = min;
  }
  return signature;
}

export function estimatedJaccard(a: Signature, b: Signature): number {
  let same = 0;
  for (let i = 0; i < PERMUTATIONS; i++) if (a[i] === b[i]) same++;
  return same / PERMUTATIONS;
}

/** One key per band; documents that share any band key are candidates. */
export function bandKeys(signature: Signature): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = band;
    for (let row = 0; row < ROWS_PER_BAND; row++) h = mix(signature[band * ROWS_PER_BAND + row] as number, h);
    keys.push(`${band}:${h.toString(16)}`);
  }
  return keys;
}

export function signatureToBytes(signature: Signature): Buffer {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
}

export function signatureFromBytes(bytes: Uint8Array): Signature {
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}
