/**
 * One place however its type is written beside its name: "Pazigyi" and
 * "Pazigyi village", "Zamzam" and "Zamzam camp", "the Kanbalu township".
 * Names the gazetteer knows come out of extraction in one canonical form;
 * this joins the forms of the places it does not know.
 */
const TYPE_WORD = /\s+(?:village|town|city|camp|district|township|neighbou?rhood|area|settlement|quarter|suburb|hamlet|locality)$/i;

export function placeKey(name: string): string {
  return name.trim().replace(/^the\s+/i, '').replace(TYPE_WORD, '').toLowerCase();
}

export function samePlace(a: string, b: string): boolean {
  return a === b || placeKey(a) === placeKey(b);
}
