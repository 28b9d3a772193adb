import { findSides } from './sides.js';
import { VERB_LIKE } from './speech-verbs.js';
import { memoByText } from './memo-by-text.js';

/**
 * What a speaker text can be: a noun phrase whose head names a person, an
 * organisation or a group that speaks ("the regional governor", "Ukraine's
 * air force", "aid workers", "Defence Minister Maria Santos", "he"). Not a
 * dateline ("KYIV —"), a sentence adverb ("Separately"), a fronted phrase
 * ("Since early March", "Of these", "By one"), a fragment whose head is a
 * thing ("The number", "The latest casualty"), an abbreviated title the
 * sentence splitter cut from its name ("Reps.", "Lt. Gen."), or a phrase
 * holding a verb of speech.
 */

/** Words a noun phrase cannot start with: prepositions, subordinators, relatives and sentence adverbs. */
const NOT_FIRST = new Set([
  'of', 'by', 'since', 'as', 'when', 'after', 'before', 'while', 'although', 'though', 'because', 'if', 'despite', 'with', 'without',
  'among', 'including', 'between', 'during', 'following', 'amid', 'amidst', 'for', 'from', 'to', 'in', 'on', 'at', 'under', 'over',
  'until', 'than', 'which', 'who', 'whom', 'whose', 'what', 'where', 'whether', 'separately', 'meanwhile', 'however', 'moreover',
  'furthermore', 'still', 'also', 'then', 'now', 'yet', 'so', 'thus', 'therefore', 'instead', 'overall', 'elsewhere', 'earlier',
  'later', 'previously', 'additionally', 'nevertheless', 'nonetheless', 'but', 'and', 'or', 'nor', 'there', 'here', 'it', 'its',
  'this', 'that', 'these', 'those', 'such', 'yesterday', 'today', 'tonight', 'last', 'next', 'early', 'late', 'citing', 'quoting', 'according',
]);

/** Titles and honorifics written short: alone they are a name cut off by the sentence splitter. */
const ABBREVIATED_TITLES = new Set([
  'rep', 'reps', 'sen', 'sens', 'gov', 'govs', 'gen', 'gens', 'lt', 'col', 'maj', 'capt', 'adm', 'sgt', 'cpl', 'pvt', 'brig', 'cmdr',
  'cdr', 'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'rev', 'hon', 'pres', 'sec', 'amb', 'insp', 'supt', 'det', 'lieut', 'messrs', 'gen.',
]);

const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'some', 'another', 'his', 'her', 'their', 'our', 'my', 'your', 'both', 'each', 'every', 'all', 'any']);

const CALENDAR = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Common nouns that name someone who can speak, singular and plural. */
const SPEAKING_NOUNS = new Set(
  `body bodies organisation organization watchdog ngo charity monitor official police military army witness source authority
  authorities resident officer media agency ministry spokesman spokeswoman spokesperson spokespeople doctor medic paramedic government
  head chief commander department observer group tv television radio broadcaster newspaper outlet portal service council committee
  analyst expert lawmaker legislator governor mayor minister president premier statement rescuer hospital coroner prosecutor force
  troop rebel militant insurgent activist survivor relative villager eyewitness worker volunteer staff team investigator inspector
  militia faction movement party office administration channel network site website blog leader chairman chairwoman chair secretary director official diplomat envoy ambassador adviser advisor aide
  negotiator mediator researcher scientist journalist correspondent reporter editor blogger user command headquarters unit brigade
  battalion regiment division corps navy guard coastguard intelligence service-member serviceman soldier fighter commander-in-chief
  general colonel captain major lieutenant sergeant admiral marshal king queen prince emir sheikh imam cleric bishop priest pope
  representative delegate member senator congressman congresswoman mp deputy judge court tribunal institute observatory center centre
  bureau union alliance coalition mission commission directorate kremlin pentagon side defence defense opposition regime junta
  presidency parliament congress company firm operator airline organiser organizer school university clinic mortuary morgue family
  people person population public operations elder nurse teacher farmer driver pilot engineer trader shopkeeper student parent
  mother father brother sister son daughter wife husband neighbour neighbor local physician surgeon midwife firefighter ranger
  refugee detainee prisoner hostage defector veteran commentator historian academic professor lawyer attorney organiser protester
  demonstrator bystander passenger citizen chaplain caretaker manager owner employee colleague friend ally
  coordinator commissioner rapporteur administrator undersecretary registrar headman ombudsman curator acquaintance superintendent
  prefect warden sheriff constable pathologist examiner dean rector chancellor embassy consulate delegation municipality governorate he she they we i`
    .split(/\s+/)
    .filter((w) => w !== '')
    // Plurals: "-s", "-ies", "-es", and "-men" for "-man" ("spokesmen", "congressmen").
    .flatMap((w) => [w, `${w}s`, w.endsWith('y') ? `${w.slice(0, -1)}ies` : w, w.endsWith('s') || w.endsWith('h') ? `${w}es` : w, w.endsWith('man') ? `${w.slice(0, -3)}men` : w]),
);

/** Where the head noun phrase ends: before its prepositional phrase or relative clause. */
const HEAD_ENDS = new Set([
  'of', 'in', 'at', 'for', 'from', 'on', 'with', 'to', 'near', 'under', 'over', 'across', 'inside', 'outside', 'who', 'which', 'that',
  'after', 'before', 'when', 'while', 'as', 'since', 'by', 'and', 'or', 'allied', 'led', 'backed', 'linked', 'based', 'close', 'familiar',
  'loyal', 'affiliated', 'aligned', 'run', 'funded', 'supported', 'known', 'named', 'called', 'citing', 'quoting', 'speaking',
]);

const SPEECH_INSIDE = /\b(?:said|says|say|told|tells|stated|states|saying|adding|added|announced|reported|estimates|claimed|claims)\b/i;

/** Straight and curly quote marks and stray brackets at either end: a speaker text holds none. */
export function trimQuotes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isQuoteOrSpace(text.charCodeAt(start))) start++;
  while (end > start && isQuoteOrSpace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

function isQuoteOrSpace(code: number): boolean {
  // " ' “ ” ‘ ’ « » and white space.
  return code === 34 || code === 39 || code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019 || code === 0xab || code === 0xbb || code === 32 || code === 9 || code === 10;
}

function bare(word: string): string {
  const lower = word.toLowerCase();
  // Most words start and end with an ASCII letter or digit: nothing to strip.
  if (lower !== '' && isAsciiAlnum(lower.charCodeAt(0)) && isAsciiAlnum(lower.charCodeAt(lower.length - 1))) return lower;
  return lower.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
}

/**
 * Organisations whose acronym is spelled like a function word ("WHO" is the World Health Organization): written in
 * capitals they are a name, never the pronoun. Other acronyms need no list: their capitals make them names.
 */
const ACRONYMS_SPELLED_AS_WORDS = new Set(['WHO']);

export function isAcronymSpelledAsWord(word: string): boolean {
  return ACRONYMS_SPELLED_AS_WORDS.has(word.replace(/['’]s$/, ''));
}

/** A word that can head a speaker: a proper name, an acronym, or a common noun of SPEAKING_NOUNS. */
function canHead(word: string): boolean {
  const plain = bare(word).replace(/['’]s$/, '');
  if (plain === '' || DETERMINERS.has(plain) || NOT_FIRST.has(plain) || CALENDAR.has(plain)) return false;
  if (SPEAKING_NOUNS.has(plain)) return true;
  // "Kirby", "ul-Adl", "al-Shabaab": a capital at the start or after a hyphen or apostrophe.
  return /(?:^|[-'’])\p{Lu}/u.test(word.replace(/^[^\p{L}]+/u, ''));
}

/** Things that count or show, whose maker speaks through them: "an updated AFP count", "a tally by the agency". */
const RECKONINGS = new Set(['count', 'counts', 'tally', 'tallies', 'figure', 'figures', 'data', 'estimate', 'estimates', 'assessment', 'assessments', 'analysis', 'calculations', 'survey', 'database', 'records', 'report', 'reports', 'footage', 'statement', 'statements', 'update', 'bulletin']);

const ADVERBS_AFTER_HEAD = new Set(['first', 'also', 'initially', 'later', 'earlier', 'previously', 'again', 'still', 'now', 'then', 'further', 'too', 'meanwhile', 'separately', 'subsequently']);

function isAdverbAfterHead(word: string): boolean {
  const plain = bare(word);
  // "-ly" but not a noun: "tally", "family", "ally".
  const noun = SPEAKING_NOUNS.has(plain) || RECKONINGS.has(plain) || /(?:^|[^a-z])(?:r?ally|tally)$/.test(plain);
  return /^[a-z]/.test(word) && (ADVERBS_AFTER_HEAD.has(plain) || (/ly,?$/.test(word) && !noun));
}

/** "The United States", "Donbass Z Reports": a capitalised word after a capitalised one is part of a name, not a verb. */
function withoutNameParts(text: string): string {
  return /\p{Lu}\S*\s+\p{Lu}/u.test(text) ? text.replace(/(?<=\p{Lu}\S*\s+)\p{Lu}\p{L}*/gu, '') : text;
}

/** Whether `text` (already cut to the phrase before the verb of speech) can be who speaks. */
export const hasSpeakerHead: (text: string) => boolean = memoByText(headsSpeaker);

function headsSpeaker(text: string): boolean {
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return false;
  if (/[—–]|\s-\s|--/.test(text) || SPEECH_INSIDE.test(withoutNameParts(text))) return false;
  const first = bare(words[0] as string);
  if ((NOT_FIRST.has(first) && !(words.length === 1 && isAcronymSpelledAsWord(words[0] as string))) || (/ly$/.test(first) && /^[a-z]/.test(words[0] as string))) return false;
  if (words.every((w) => ABBREVIATED_TITLES.has(bare(w)))) return false;
  // In a phrase all in capitals ("IN THE U.S."), a word in capitals may be any word.
  const inCapitals = text === text.toUpperCase();
  // The head is the last word before the phrase's first comma, preposition, relative or participle.
  const headEnd = words.findIndex((w, i) => (i > 0 && HEAD_ENDS.has(w.toLowerCase()) && !(isAcronymSpelledAsWord(w) && !inCapitals)) || w.endsWith(','));
  let last = headEnd < 0 ? words.length - 1 : words[headEnd]?.endsWith(',') ? headEnd : headEnd - 1;
  // "regional officials first", "the army also": an adverb after the head.
  while (last > 0 && isAdverbAfterHead(words[last] as string)) last--;
  const head = words[last] as string;
  // A reckoning alone ("Figures") has a capital only as a sentence's first word: it names no one.
  if ((canHead(head) && !(last === 0 && RECKONINGS.has(bare(head)))) || (isAcronymSpelledAsWord(head) && (!inCapitals || words.length === 1)) || isNamedBody(words, last)) return true;
  // A reckoning speaks for whoever made it, when the phrase names them ("a count by Agence France-Presse").
  // Not its first word alone: a sentence's first word has a capital whatever it is ("Preliminary reports").
  // So does a side's name right before it: "Israeli tallies", "Syrian government figures".
  if (!RECKONINGS.has(bare(words[last] as string))) return false;
  return words.some((w, i) => i !== last && canHead(w) && (i > 0 || /\p{Lu}.*\p{Lu}|['’]s$/u.test(w))) || isQualifiedBySide(words, last);
}

/**
 * "Syrian inquiry", "the Sudanese doctors' network", "a Ukrainian rights group": a common noun a side's name qualifies
 * is a body of that side, whatever the noun (the list of speaking nouns cannot hold them all). Not a thing's name:
 * the noun ends in a letter, and the side's name stands right before it.
 */
function isNamedBody(words: readonly string[], head: number): boolean {
  const noun = words[head] as string;
  if (head === 0 || !/^[a-z][a-z'’-]*[a-z]$/.test(noun) || VERB_LIKE.test(noun) || QUANTIFIER_PRONOUNS.has(noun) || RECKONINGS.has(noun) || THINGS_OF_A_SIDE.has(noun)) return false;
  return isQualifiedBySide(words, head);
}

/** A side's name, then at most two common nouns that are no verb, before the head: "Ukrainian rights panel", "Israeli tallies". */
function isQualifiedBySide(words: readonly string[], head: number): boolean {
  for (let at = head - 1; at >= Math.max(0, head - 3); at--) {
    const word = words[at] as string;
    if (isSideName(word)) return true;
    if (!isModifier(word)) return false;
  }
  return false;
}

/** A lower-case word that can qualify a noun: not a verb, a connective, or a noun of people on its own ("troops"). */
function isModifier(word: string): boolean {
  if (!/^[a-z][a-z'’-]*$/.test(word) || VERB_LIKE.test(word)) return false;
  const plain = bare(word);
  const possessive = /['’]s?$/.test(word);
  return !NOT_FIRST.has(plain) && !HEAD_ENDS.has(plain) && !QUANTIFIER_PRONOUNS.has(plain) && (possessive || !SPEAKING_NOUNS.has(plain));
}

const QUANTIFIER_PRONOUNS = new Set(['nobody', 'none', 'no-one', 'anyone', 'everyone', 'someone', 'anybody', 'everybody', 'somebody', 'all', 'many', 'few', 'others', 'whereas']);

function isSideName(word: string): boolean {
  const side = findSides(word);
  return side.length === 1 && side[0]?.start === 0 && side[0].end === word.length;
}

/** Nouns a side's name qualifies that never speak: "Russian missile", "Ukrainian city". */
const THINGS_OF_A_SIDE = new Set(['missile', 'missiles', 'strike', 'strikes', 'attack', 'attacks', 'city', 'town', 'village', 'region', 'territory', 'border', 'soil', 'drone', 'drones', 'losses', 'casualties', 'number', 'toll', 'offensive', 'shelling']);

const PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'with', 'into', 'near', 'over', 'under', 'during', 'since', 'until', 'after', 'before', 'amid', 'across', 'through', 'throughout', 'between', 'among', 'inside', 'outside']);
const TIME_NOUNS = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight', 'day', 'week', 'weekend', 'month', 'year', 'today', 'yesterday', 'tonight', 'later', 'earlier']);
const SUBORDINATORS = new Set(['since', 'as', 'after', 'before', 'when', 'while', 'because', 'although', 'though', 'if', 'once', 'until', 'where', 'whereas']);

/**
 * The subject after an opening that no comma closes: "Later in the evening
 * the ministry" → "the ministry", "where the health ministry" → "the health
 * ministry", "since the US and Ukraine" → "the US and Ukraine". The subject
 * starts at a determiner that no preposition governs, or right after a time
 * word; a subordinator alone is dropped. Any other text is returned as it is.
 */
export function trimOpening(text: string): string {
  const space = text.indexOf(' ');
  const first = bare(space < 0 ? text : text.slice(0, space));
  if (!NOT_FIRST.has(first)) return text;
  const words = text.split(' ');
  let at = -1;
  for (let k = 1; k < words.length && at < 0; k++) {
    const previous = bare(words[k - 1] as string);
    const word = bare(words[k] as string);
    if ((DETERMINERS.has(word) || word === 'its') && !PREPOSITIONS.has(previous)) at = k;
    else if ((CALENDAR.has(previous) || TIME_NOUNS.has(previous)) && !PREPOSITIONS.has(word) && word !== '') at = k;
  }
  if (at < 0 && SUBORDINATORS.has(first) && words.length > 1) at = 1;
  return at < 0 ? text : words.slice(at).join(' ');
}
