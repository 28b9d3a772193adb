/** "3000" → "3,000": how every report writes a number it computed (a range's low, best, high). */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** "1 claim", "3 claims". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
