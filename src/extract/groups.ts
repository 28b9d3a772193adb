import type { SubjectKind } from '../contracts/claim.js';
import { isWhiteSpace } from './chars.js';

/**
 * The counted group: the noun phrase after a number ("North Korean
 * soldiers", "people", "ten others"), whether it names people at all, and
 * whether they are military or civilian.
 */
const MILITARY = new Set(
  (
    'soldier soldiers troop troops serviceman servicemen servicewoman servicemen personnel fighter fighters militant militants rebel rebels ' +
    'insurgent insurgents terrorist terrorists jihadist jihadists extremist extremists islamist islamists militiaman militiamen militia ' +
    'gunman gunmen bandit bandits bomber bombers attacker attackers commando commandos marine marines paratrooper paratroopers ' +
    'nationalist nationalists nazi nazis neo-nazi neo-nazis ' +
    'sailor sailors airman airmen pilot pilots combatant combatants commander commanders officer officers jawan jawans policeman policemen ' +
    'police guard guards guardsmen trooper troopers recruit recruits conscript conscripts mercenary mercenaries sniper snipers ' +
    'operative operatives forces force army infantry infantrymen gunner gunners tankmen sappers cadets cadet legionnaires generals colonels lieutenants sergeants enemy enemies'
  ).split(' '),
);
const CIVILIAN = new Set(
  (
    'civilian civilians people person persons man men woman women child children kid kids boy boys girl girls baby babies infant infants ' +
    'student students schoolboy schoolgirl schoolchildren pupil pupils teacher teachers protester protesters protestor protestors demonstrator demonstrators ' +
    'worker workers resident residents villager villagers passenger passengers pilgrim pilgrims worshipper worshippers worshipers journalist journalists ' +
    'reporter reporters doctor doctors nurse nurses medic medics paramedic paramedics farmer farmers fisherman fishermen miner miners tourist tourists ' +
    'citizen citizens inhabitant inhabitants migrant migrants refugee refugees pedestrian pedestrians motorist motorists driver drivers ' +
    'shopkeeper shopkeepers trader traders vendor vendors family families relative relatives elderly blogger bloggers activist activists ' +
    'patient patients official officials employee employees staff volunteer volunteers aid-worker hostage hostages prisoner prisoners detainee detainees ' +
    'inmate inmates victim victims survivor survivors watchman watchmen member members leader leaders chief minister priest priests monk monks ' +
    'christians muslims copts rapist suspect suspects wife husband son sons daughter daughters mother mothers father fathers brother brothers'
  ).split(' '),
);
const OTHERS = new Set(['others', 'other', 'another', 'more']);
/** The dead named as such ("25 martyrs", "37 bodies"): people, of no kind the noun can tell; the outcome cue is the noun itself. */
const VICTIMS = new Set(['martyrs', 'martyr', 'bodies', 'corpses']);
/** Nouns after which a number does not count people at all. */
const THINGS = new Set(
  (
    'rocket rockets missile missiles shell shells drone drones bomb bombs grenade grenades round rounds bullet bullets gun guns rifle rifles weapon weapons ' +
    'tank tanks vehicle vehicles truck trucks car cars plane planes aircraft jets jet helicopter helicopters ship ships boat boats ' +
    'house houses home homes building buildings village villages town towns city cities post posts base bases point points camp camps ' +
    'km kilometres kilometers kilometre kilometer mile miles metres meters metre meter feet foot inch inches mm cm kg kilograms tons tonnes ton ' +
    'litres liters gallons hectares acres percent per cent % dollars euros pounds yuan rupees naira hryvnia rubles roubles ' +
    'year years month months week weeks day days hour hours minute minutes second seconds decade decades century times time ' +
    'case cases box boxes explosive explosives device devices mine mines attack attacks strike strikes raid raids incident incidents ' +
    'cattle cows sheep goats animals horses dogs votes seats points goals shots calls posts articles pages documents ' +
    'districts provinces regions areas countries states towns locations sites positions checkpoints outposts arrests ' +
    'estimate estimates tally tallies toll tolls figure figures report reports statement statements account accounts list lists version versions'
  ).split(' '),
);

export function kindOfNoun(word: string): SubjectKind | null {
  const lower = word.toLowerCase();
  if (MILITARY.has(lower)) return 'military';
  if (CIVILIAN.has(lower)) return 'civilian';
  return null;
}

export function isPersonNoun(word: string): boolean {
  return isLowerPersonNoun(word.toLowerCase());
}

function isLowerPersonNoun(lower: string): boolean {
  return MILITARY.has(lower) || CIVILIAN.has(lower) || OTHERS.has(lower) || VICTIMS.has(lower);
}

/** Nouns of a body of people: "a regional force", "an allied militia", "a family" are many people, not one. */
const COLLECTIVE = new Set(['force', 'army', 'militia', 'infantry', 'family', 'staff', 'crew', 'unit', 'battalion', 'brigade', 'regiment', 'platoon', 'squad', 'team', 'contingent', 'delegation', 'mission', 'convoy', 'group']);

export function isCollectiveNoun(word: string): boolean {
  return COLLECTIVE.has(word.toLowerCase());
}

/**
 * A person noun heads the group when written as a common noun: "people",
 * "SOLDIERS", but not the "People's" of "New People's Army". `lower` is the word lower-cased.
 * The listed nouns hold no apostrophe, so the lookup alone rules out a possessive.
 */
function isHeadNoun(word: string, lower: string): boolean {
  if (!isLowerPersonNoun(lower)) return false;
  return word === lower || word === word.toUpperCase() || /^[\p{Lu}][\p{Ll}]+$/u.test(word) && word !== 'People';
}

/** "martyrs", "bodies": the dead, named by their outcome; no other count borrows them as its group. */
export function isVictimNoun(word: string): boolean {
  return VICTIMS.has(word.toLowerCase());
}

export function isThingNoun(word: string): boolean {
  return isLowerThingNoun(word.toLowerCase());
}

function isLowerThingNoun(lower: string): boolean {
  return THINGS.has(lower);
}

export interface GroupPhrase {
  start: number;
  end: number;
  text: string;
  /** The person noun that heads it, or null when the phrase names no people. */
  head: string | null;
  kind: SubjectKind | null;
  /** True when the phrase is about things, not people ("45 rockets"). */
  things: boolean;
  /** "others", "another", "more": the kind comes from the group named before. */
  others: boolean;
}

/** Words that end a noun phrase: verbs, prepositions and conjunctions that start the rest of the clause. */
const STOP = new Set(
  (
    'were was are is have has had be been being will would could may might did do does said say says told reported ' +
    'in on at by from with during after before since as when while who whom whose which that and or but near amid among across ' +
    'into onto over under between against following including included includes include last this next every each per' 
  ).split(' '),
);

/** For an ASCII character: whether it is a letter or "(", what /^[\p{L}(]/u reads there. */
function isAsciiLetterOrParen(code: number): boolean {
  return code === 40 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A word; "U.S." and "U.N." keep their last dot when the group goes on after them ("U.S. service members"). */
const WORD = /\d+(?:-\p{L}+)+|\p{Lu}(?:\.\p{Lu})+\.(?=\s+\p{Ll})|[\p{L}\p{M}](?:[\p{L}\p{M}'’-]|\.(?=\p{L}))*|\([^)]{1,40}\)|[^\s]/gu;

/**
 * Reads the noun phrase that starts at `from` (right after a number): up to
 * seven words, stopping at a verb, a preposition, punctuation or an outcome
 * word; "of" is crossed once after a vague count ("dozens of people") or a
 * partitive ("three of its members").
 */
export function readGroup(sentence: string, from: number, stopAt = sentence.length): GroupPhrase {
  WORD.lastIndex = from;
  let end = from;
  let start = -1;
  let head: string | null = null;
  let things = false;
  let words = 0;
  let crossedOf = false;
  for (let match = WORD.exec(sentence); match && match.index < stopAt && words < 8; match = WORD.exec(sentence)) {
    const word = match[0];
    const lower = word.toLowerCase();
    const first = word.charCodeAt(0);
    if (first >= 48 && first <= 57 && /^\d+(?:-\p{L}+)+$/u.test(word)) {
      // "a 8-year-old child": an age or size used as an adjective.
      if (start < 0) start = match.index;
      end = match.index + word.length;
      words++;
      continue;
    }
    if (first < 128 ? !isAsciiLetterOrParen(first) : /^[^\p{L}(]/u.test(word)) break;
    if (lower === 'of' && !crossedOf && words <= 1) {
      crossedOf = true;
      if (start < 0) start = match.index;
      end = match.index + word.length;
      words++;
      continue;
    }
    if (STOP.has(lower)) break;
    // "including 33 the army says are dead", "killed 30 the day before": an article straight after the number opens another phrase.
    if (words === 0 && (lower === 'the' || lower === 'a' || lower === 'an')) break;
    // "450 total casualties": the total is the count's, not part of the group.
    if (TOTALS.has(lower) && OUTCOME_WORDS.has(/^\s+([\p{L}]+)/u.exec(sentence.slice(match.index + word.length, match.index + word.length + 20))?.[1]?.toLowerCase() ?? '')) break;
    if (lower.includes('-') && OUTCOME_WORDS.has(lower.split('-')[0] ?? '')) break;
    // "a captured North Korean soldier", "dead North Korean troops": an outcome participle used as an adjective.
    if (OUTCOME_WORDS.has(lower) && !personNounAhead(sentence, match.index + word.length)) break;
    if (start < 0) start = match.index;
    end = match.index + word.length;
    words++;
    // "3,000 more North Korean troops": the group is the troops, not "more".
    if (OTHERS.has(lower) && personNounAhead(sentence, match.index + word.length)) continue;
    if (isHeadNoun(word, lower)) {
      head = word;
      // The phrase goes on only for compounds ("police officers", "women suicide bombers").
      const ahead = /^\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/u.exec(sentence.slice(end, end + 40));
      const next = ahead?.[1];
      const second = ahead?.[2];
      // "took 250 people hostage": a singular captive word after the group is what they were made, not a compound.
      if (next && isHeadNoun(next, next.toLowerCase()) && !OTHERS.has(next.toLowerCase()) && !/^(?:hostage|prisoner)$/i.test(next)) continue;
      if (next && second && !STOP.has(next.toLowerCase()) && !isThingNoun(next) && isHeadNoun(second, second.toLowerCase()) && !OTHERS.has(second.toLowerCase())) continue;
      break;
    }
    if (isLowerThingNoun(lower)) {
      things = true;
      break;
    }
  }
  if (start < 0) return { start: from, end: from, text: '', head: null, kind: null, things: false, others: false };
  const text = sentence.slice(start, end).replace(/^of\s+/i, '');
  const textStart = end - text.length;
  return {
    start: textStart,
    end,
    text,
    head,
    // "prisoners of war" are soldiers; other prisoners are not.
    kind: head ? (/^prisoners?$/i.test(head) && /^\s+of\s+war\b/i.test(sentence.slice(end, end + 10)) ? 'military' : kindOfNoun(head)) : null,
    things,
    others: head !== null && OTHERS.has(head.toLowerCase()),
  };
}

const TOTALS = new Set(['total', 'overall', 'combined', 'confirmed']);
const OUTCOME_WORDS: ReadonlySet<string> = new Set([
  'killed', 'killing', 'wounded', 'wounding', 'injured', 'injuring', 'dead', 'died', 'missing', 'captured', 'abducted', 'kidnapped',
  'surrendered', 'deployed', 'sent', 'casualties', 'deaths', 'hurt', 'martyred', 'killings', 'murders',
]);

/** "2,700 wounded fighting Ukrainian forces", "killed alongside Russian troops": after an outcome word, who they fought or fought beside, not who they were. */
const AFTER_OUTCOME_CLAUSE: ReadonlySet<string> = new Set(['fighting', 'battling', 'alongside', 'defending', 'attacking', 'storming']);

/** True when a person noun follows within three words, with nothing that ends a noun phrase in between. */
function personNounAhead(sentence: string, from: number): boolean {
  // The first three pieces of `sentence.slice(from, from + 60).split(/\s+/)` that are not empty, read in place.
  const limit = Math.min(sentence.length, from + 60);
  let index = from;
  for (let count = 0; count < 3; count++) {
    while (index < limit && isWhiteSpace(sentence.charCodeAt(index))) index++;
    if (index >= limit) return false;
    const start = index;
    while (index < limit && !isWhiteSpace(sentence.charCodeAt(index))) index++;
    const word = sentence.slice(start, index);
    const bare = word.replace(/[^\p{L}-]/gu, '');
    if (bare === '' || STOP.has(bare.toLowerCase()) || AFTER_OUTCOME_CLAUSE.has(bare.toLowerCase())) return false;
    if (isPersonNoun(bare) && !OTHERS.has(bare.toLowerCase())) return true;
    if (/[^\p{L}'’-]$/u.test(word)) return false;
  }
  return false;
}
