/**
 * A toll over a whole war or a whole kind of violence: "the overall death
 * toll of the war", "as a result of this conflict", "along with intercommunal
 * violence", "this year in gang violence". It counts everyone the war killed,
 * so a count with no noun of its own does not borrow the kind of the group
 * counted before it (a strike's civilian dead).
 */
const WHOLE_CONFLICT = /\b(?:(?:the|this|that)\s+(?:war|conflict|insurgency|civil\s+war)|(?:intercommunal|communal|sectarian|gang|ethnic|armed)\s+violence)\b/i;

export function namesWholeConflict(sentence: string): boolean {
  return WHOLE_CONFLICT.test(sentence);
}
