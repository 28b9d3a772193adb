/**
 * A live blog lists its entries newest first; a reader of its text, and the
 * reconciler that reads a running toll in text order, needs them oldest
 * first. Sibling blocks that each hold one <time datetime>, three or more,
 * whose times fall from the first to the last, are put in time order. Pages
 * whose entries already run forward, or whose times do not all parse, are
 * left as they are.
 */
const MIN_ENTRIES = 3;

export function entriesOldestFirst(document: Document): void {
  const done = new Set<Element>();
  for (const time of Array.from(document.querySelectorAll('time[datetime]'))) {
    const container = entryContainerOf(time);
    if (!container || done.has(container)) continue;
    done.add(container);
    reorder(document, container);
  }
}

/** The nearest ancestor whose element children include three or more that hold a time each. */
function entryContainerOf(time: Element): Element | null {
  for (let parent = time.parentElement; parent; parent = parent.parentElement) {
    if (entriesOf(parent).length >= MIN_ENTRIES) return parent;
  }
  return null;
}

function entriesOf(container: Element): Element[] {
  return Array.from(container.children).filter((child) => child.querySelectorAll('time[datetime]').length === 1);
}

function reorder(document: Document, container: Element): void {
  const entries = entriesOf(container);
  const times = entries.map((entry) => Date.parse(entry.querySelector('time[datetime]')?.getAttribute('datetime') ?? ''));
  if (times.some(Number.isNaN)) return;
  const falling = times.every((t, i) => i === 0 || t <= (times[i - 1] as number)) && (times[0] as number) > (times[times.length - 1] as number);
  if (!falling) return;
  const marker = document.createComment('');
  container.insertBefore(marker, entries[0] as Element);
  for (const entry of [...entries].reverse()) container.insertBefore(entry, marker);
  marker.remove();
}
