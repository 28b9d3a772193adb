/**
 * A URL fit to be a link target in a report: only http(s); serialised by the
 * WHATWG parser, then with the characters that end or confuse a Markdown
 * link or an HTML attribute percent-encoded. Anything else is null and is
 * shown as text.
 */
export function linkableUrl(text: string | null): string | null {
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href.replace(/[\s()<>"'`\\\[\]]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
