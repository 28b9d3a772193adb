/**
 * A total with its civilian part named after it: "47 people, including 30
 * civilians", "killed 30, 11 of them civilians", "among them 5 civilians".
 * Naming civilians as a part says the rest were not all civilians: the total
 * is mixed. A few words may stand between ("left 65 people dead, among them 20 civilians").
 */
const CIVILIAN_PART =
  /^(?:\s+[\p{L}-]+){0,3}?\s*,?\s*(?:(?:including|among\s+them|among\s+whom|of\s+whom)\s+(?:at\s+least\s+|about\s+|some\s+|around\s+)?[\w,]+\s+civilians\b|[\w,]+\s+of\s+(?:them|whom)\s+(?:were\s+)?civilians\b)/iu;

/** Whether the text right after a count's group names a civilian part of it. */
export function namesCivilianPart(textAfterGroup: string): boolean {
  return CIVILIAN_PART.test(textAfterGroup);
}
