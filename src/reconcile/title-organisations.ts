/**
 * The organisations a document's title names: runs of capitalised words,
 * with the little words that join an institution's name ("Ministry of Health",
 * "Office of the High Commissioner"). A statement published under an
 * organisation's name ("Gaza Ministry of Health statement on …", "Ministry of
 * Defence of Ukraine: evening update") tells whose spokesperson "the ministry
 * spokesman" is when no claim of the document names the organisation itself.
 */
const NAME_RUN = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the|de|du)\s+)*\p{Lu}[\p{L}'’-]*)*/gu;

/** Capitalised runs of two words or more, the possessive dropped: "Ukraine's Ministry of Defence" → "Ukraine Ministry of Defence". */
export function organisationsInTitle(title: string | null): string[] {
  if (!title) return [];
  const runs: string[] = [];
  for (const match of title.matchAll(NAME_RUN)) {
    const run = match[0].replace(/['’]s\b/g, '').trim();
    if (run.split(/\s+/).length >= 2) runs.push(run);
  }
  return runs;
}
