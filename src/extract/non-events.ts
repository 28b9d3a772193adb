/**
 * Outcome words that name no event that happened to the people counted:
 *  - "hospital" as a modifier: "in hospital morgues", "hospital patients were killed", "shown in hospital
 *    bunks" (the place names no wound; "taken to hospital", "in hospital with burns" do);
 *  - what did not (yet) happen: "were about to be captured", "were nearly captured", "could kill
 *    thousands", "threatened to kill", "thousands may die": a projection or a threat, not a claim;
 *  - prisoners of war in an exchange: "swapped 190 POWs", "90 POWs returned in the exchange" count a swap,
 *    not a capture.
 */

/** Words after "hospital" that leave it a place someone is in: prepositions, conjunctions, participles of care. */
const AFTER_HOSPITAL = new Set(
  (
    'in on at with after for and or where while from by since following as until because due but nearby overnight afterwards ' +
    'later now still being receiving suffering undergoing to into when before then yet so amid under over last this early late'
  ).split(' '),
);
const NEXT_WORD = /^\s+([\p{L}'’-]+)/u;

const ASCII_SPACE = /[ \t\n\v\f\r]/;
const ASCII_WORD = /[A-Za-z'-]/;

/**
 * NEXT_WORD's word in the 30 characters after `end`, read by hand while they are ASCII: a regular expression
 * with \p{L} costs far more per call (its code is recompiled after being flushed).
 */
function nextWord(sentence: string, end: number): string | undefined {
  const limit = Math.min(sentence.length, end + 30);
  let i = end;
  for (; i < limit && ASCII_SPACE.test(sentence[i] as string); i++);
  const start = i;
  for (; i < limit && ASCII_WORD.test(sentence[i] as string); i++);
  if (i < limit && sentence.charCodeAt(i) >= 128) return NEXT_WORD.exec(sentence.slice(end, end + 30))?.[1];
  return start > end && i > start ? sentence.slice(start, i) : undefined;
}

/** "hospital patients", "hospital morgues": "hospital" before a common noun modifies it. */
export function isHospitalModifier(sentence: string, end: number): boolean {
  const next = nextWord(sentence, end);
  if (!next) return false;
  // In a headline in capitals ("GAZA HOSPITAL BLAST") the next word is a common noun when it is in capitals too.
  const capitals = sentence.slice(end - 8, end) === 'HOSPITAL';
  if (capitals ? next !== next.toUpperCase() : next !== next.toLowerCase()) return false;
  return !AFTER_HOSPITAL.has(next.toLowerCase());
}

/** "the strike on the hospital", "shelled a maternity hospital", "outside the hospital": a hospital named as a target or a landmark. */
const HOSPITAL_TARGET_BEFORE = /\b(?:on|hit|hits|struck|strikes|bombed|bombing|shelled|shelling|destroyed|destroying|targeted|targeting|attacked|raided|near|outside|of|against)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\p{L}'’.-]+\s+){0,4}$/iu;

/** Whether the "hospital" at `start` is where a strike fell or a landmark, not where anyone is treated. */
export function isHospitalTarget(sentence: string, start: number): boolean {
  return HOSPITAL_TARGET_BEFORE.test(sentence.slice(Math.max(0, start - 60), start));
}

/** Base forms of the outcome verbs: after a modal or "to" they project or threaten. */
const BASE_FORM = /^(?:kill|die|wound|injure|hurt|capture|abduct|kidnap|execute|massacre|murder)$/i;
const MODAL_BEFORE = /\b(?:could|would|might|may|will|can|cannot|shall|should|to)\s+(?:(?:also|still|easily|potentially|eventually|soon|not)\s+)?$/i;
/** "were about to be captured", "were nearly killed", "almost captured". */
const AVERTED_BEFORE = /\b(?:about\s+to\s+(?:be\s+)?|(?:nearly|almost)\s+(?:been\s+)?)$/i;
const AVERTED_HINT = /about|nearly|almost/i;
const POW_CUE = /^(?:prisoners\s+of\s+war|pows?)$/i;
const EXCHANGE = /\b(?:swap(?:s|ped|ping)?|exchang(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|freed|repatriat\w*|returned|handed\s+over|came\s+home|homecoming)\b/i;

export function isNonEvent(sentence: string, start: number, text: string): boolean {
  if (POW_CUE.test(text)) return EXCHANGE.test(sentence);
  const before = sentence.slice(Math.max(0, start - 40), start);
  // Most cues follow none of these words: the regular expressions run only when one is there.
  if (BASE_FORM.test(text) && MODAL_BEFORE.test(before)) return true;
  return AVERTED_HINT.test(before) && AVERTED_BEFORE.test(before);
}
