/** "1.5 MiB": a size as a message gives it. */
export function formatBytes(n: number): string {
  const units: ReadonlyArray<readonly [string, number]> = [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ];
  for (const [unit, size] of units) {
    if (n >= size) return `${+(n / size).toFixed(2)} ${unit}`;
  }
  return `${n} bytes`;
}
