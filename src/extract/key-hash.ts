/**
 * A 64-bit FNV-1a as two 32-bit lanes with different offsets, fed a piece of
 * a key at a time: stable short ids (claims, origins, figures) at a fraction
 * of SHA-256's cost, with no key string built.
 */
const HEX_BYTES: readonly string[] = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hex32(n: number): string {
  return `${HEX_BYTES[n >>> 24]}${HEX_BYTES[(n >>> 16) & 255]}${HEX_BYTES[(n >>> 8) & 255]}${HEX_BYTES[n & 255]}`;
}

export class KeyHash {
  private a = 0x811c9dc5;
  private b = 0xcbf29ce4;

  add(text: string): this {
    let { a, b } = this;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 15);
    }
    this.a = a;
    this.b = b;
    return this;
  }

  hex(): string {
    return hex32(this.a >>> 0) + hex32(this.b >>> 0);
  }
}

