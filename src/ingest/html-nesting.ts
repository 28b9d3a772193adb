/**
 * Elements nested deeper than MAX_NESTING are flattened before parsing: their
 * tags are dropped and their text kept, as browsers do (Blink stops nesting at
 * 512). htmlparser2, under linkedom, keeps its stack of open elements in an
 * array it shifts and unshifts, so each tag costs time in proportion to the
 * depth: a 2 MB page of 200,000 nested <div>s took 34 s to parse, and a hostile
 * page at the size cap would take hours. Real pages nest a few dozen deep.
 */
export const MAX_NESTING = 1000;

// `[^<>]*` rather than `[^>]*`: a `<` with no `>` after it must not send each later `<` scanning to the end of the text.
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*>/g;

/** Elements that never hold others, and those whose end tag may be left out: neither adds to the depth that is counted. */
const NOT_COUNTED = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp', 'html', 'head', 'body',
]);

/** The markup unchanged when no element is nested deeper than `limit`; otherwise without the tags below that depth. */
export function flattenDeepNesting(html: string, limit: number = MAX_NESTING): string {
  if (deepestNesting(html) <= limit) return html;
  let depth = 0;
  return html.replace(TAG, (tag: string, slash: string, name: string) => {
    if (NOT_COUNTED.has(name.toLowerCase())) return tag;
    if (slash) {
      const dropped = depth > limit;
      depth = Math.max(0, depth - 1);
      return dropped ? '' : tag;
    }
    depth++;
    return depth > limit ? '' : tag;
  });
}

/** How deep counted elements nest, reading tags as if every one were closed in order. */
export function deepestNesting(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, slash, name] of html.matchAll(TAG)) {
    if (NOT_COUNTED.has((name as string).toLowerCase())) continue;
    if (slash) depth = Math.max(0, depth - 1);
    else deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}
