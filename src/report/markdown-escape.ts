import { oneLine } from './text-table.js';

/**
 * Text from a source, made inert in Markdown: one line, every character
 * that starts inline markup backslash-escaped, and the markers that would
 * start a block (list, heading, quote) escaped where a piece begins.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_{}[\]<>#+!|~&$]/g, '\\$&')
    .replace(/^([-=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
