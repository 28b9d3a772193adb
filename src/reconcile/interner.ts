/**
 * Strings as small numbers: a million claims name a few thousand places,
 * sides and keys, so per-claim columns hold numbers (-1 for none) and the
 * strings are kept once each.
 */
export class Interner {
  private readonly numbers = new Map<string, number>();
  private readonly values: string[] = [];

  get size(): number {
    return this.values.length;
  }

  numberOf(value: string | null): number {
    if (value === null) return -1;
    let number = this.numbers.get(value);
    if (number === undefined) {
      number = this.values.length;
      this.numbers.set(value, number);
      this.values.push(value);
    }
    return number;
  }

  valueOf(number: number): string | null {
    return number < 0 ? null : (this.values[number] as string);
  }
}
