/** A document's text as text nodes, one span highlighted, and selections read back as UTF-16 offsets into the text. */
import { el } from './dom.js';

export function documentText(text: string, highlight: { start: number; end: number } | null): HTMLElement {
  const container = el('div', { class: 'document-text', 'data-testid': 'document-text' });
  if (!highlight || highlight.start < 0 || highlight.end > text.length || highlight.start >= highlight.end) {
    container.append(document.createTextNode(text));
    return container;
  }
  container.append(
    document.createTextNode(text.slice(0, highlight.start)),
    el('mark', { class: 'evidence', id: 'evidence' }, text.slice(highlight.start, highlight.end)),
    document.createTextNode(text.slice(highlight.end)),
  );
  return container;
}

/** The current selection's offsets within the container's text, or null when it is empty or outside it. */
export function selectionOffsets(container: HTMLElement): { start: number; end: number; text: string } | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  // The container holds only text (and one <mark> of text), so a range's string is the document text it spans.
  const start = before.toString().length;
  const text = range.toString();
  return { start, end: start + text.length, text };
}
