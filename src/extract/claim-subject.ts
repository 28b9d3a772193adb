import { breakdownItemGroup } from './dead-breakdowns.js';
import type { Span, Subject, SubjectKind } from '../contracts/claim.js';
import type { Denial } from './denials.js';
import { namesCombatantsAmong } from './attack-context.js';
import { namesCivilianPart } from './civilian-parts.js';
import { attacksCivilianPlace } from './civilian-targets.js';
import { namesWholeConflict } from './conflict-tolls.js';
import { amongGroupAfter } from './casualties-among.js';
import { isPersonNoun, isVictimNoun, kindOfNoun } from './groups.js';
import type { Link } from './link.js';
import { losingGroup, losingSide } from './losing-side.js';
import { findSides, sideOf } from './sides.js';
import { parseSpeaker } from './speaker-parse.js';
import { MONTH_NAME } from './chrono-dates.js';
import { WEEKDAY_NAME } from './relative-periods.js';
import { findPlaces } from './places.js';
import { sendingState } from './sending-states.js';

/**
 * Who a claim counts: the group its number is linked to, its side and kind
 * (military, civilian), borrowed from a sibling claim or the document's last
 * group when the sentence leaves them out ("two others", "at least 12").
 */
export interface SubjectEvidence {
  readonly text: string;
  /** The sides named in the sentence (findSides). */
  readonly sides: ReturnType<typeof findSides>;
  /** Whether the sentence names a flood, a crash, a fire (namesDisaster). */
  readonly namesDisaster: boolean;
  /** Whether the sentence names a strike, shelling, a bomb or gunmen and no battle (namesAttack). */
  readonly namesAttack: boolean;
}

const DISASTER = /\b(?:floods?|flooding|flash\s+floods|tsunami|earthquake|quake|eruption|volcan\w*|landslides?|mudslides?|storms?|cyclone|typhoon|hurricane|tornado|avalanche|heatwave|crash(?:ed)?|collision|derail\w*|capsized|sank|fire|blaze|spill|leak|poisoning|adulterated|toxins?|stampede|collapse[ds]?|fireworks|accident|rains)\b/i;

/** A flood, a crash, a fire: the people it counts are civilians. */
export function namesDisaster(sentence: string): boolean {
  return DISASTER.test(sentence);
}

const PEOPLE = /^(?:people|persons?)$/i;
/** "displaced people", "innocent persons": the words before the noun say what they were. */
const CIVILIAN_QUALIFIER = /\b(?:displaced|civilian|innocent|unarmed|elderly|homeless|stranded|trapped|fleeing)\b/i;
const MEMBERS = /^(?:members?|leaders?)$/i;
/** "a member of the Mexican Local Police", "leaders of the Wagner group": the body they belong to is armed. */
const ARMED_BODY_AFTER = /^\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’()-]+\s+){0,4}(?:police|army|forces|militia|guards?|brigade|battalion|regiment|units?|group|movement|front)\b/iu;

/** "gang members", "militia leaders", "cartel members": an armed body named before the noun. */
const ARMED_BODY_BEFORE = /\b(?:gang|militia|cartel|rebel|insurgent|jihadist|armed\s+group|service|armed\s+forces|military)\s+(?:members?|leaders?)$/i;

type Group = Link['count']['group'];
/** "Russian shelling", "Israeli airstrikes": the side that fired, not the side of those it hit. */
const WEAPON_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:shelling|strikes?|airstrikes?|air\s+strikes?|missiles?|drones?|bomb(?:s|ing|ings|ardment)?|attacks?|artillery|fire|rockets?|shells?|mortars?|raids?|warplanes?|jets?|massacres?|aggression|occupation|offensive|assault|invasion|incursion|siege|blockade)\b/iu;
/** A side that acts or speaks ("the Israeli military denied", "Russian forces killed", "since Russian troops withdrew", "Eritrean troops fighting in Tigray killed"): the one who did it or said it, not the people counted. */
const ACTOR_AFTER =
  /^\s+(?:military|army|forces|troops|soldiers|fighters|militants|militias?|gunmen|paramilitaries|rebels|insurgents|government|authorities|officials|police|occupation)(?:\s+(?:fighting|operating|based|stationed|deployed|backed|allied|loyal)\b[^,.;:]{0,60}?)?\s+(?:(?:has|have|had)\s+)?(?:denied|denies|said|says|killed|kill|struck|strikes|claimed|claims|stated|announced|reported|shelled|bombed|attacked|fired|withdrew|withdrawn|retreated|pulled\s+out|left|entered|arrived|advanced|occupied|recaptured|retook|took|captured|found|reached)\b/iu;

/**
 * The kind of the people a group counts: "people" and "persons" killed in a
 * strike, shelling or a bombing are civilians unless the text says some were
 * combatants (then mixed), in a disaster civilians, in a battle unknown;
 * members of an armed body are military.
 */
/** "fighters from the Russian private military company Wagner", "troops from North Korea": the side a group comes from, named right after it. */
function sideComingFrom(sentence: string, groupEnd: number): string | null {
  const from = /^\s+from\s+(?:the\s+)?([^,;.]{1,60})/.exec(sentence.slice(groupEnd, groupEnd + 70));
  if (!from) return null;
  const words = from[1] as string;
  const side = findSides(words).find((mention) => mention.country !== null)?.country;
  if (side) return side;
  // "troops from North Korea": a country named right after "from".
  const country = findPlaces(words).find((place) => place.level === 'country' && place.start === 0);
  return country?.country ?? null;
}

const HOSTAGE_TAKING = /\bhostages?\b|\babduct|\bkidnap/i;

function kindOfGroup(group: Group, analysis: SubjectEvidence): SubjectKind | null {
  const head = group.head ?? '';
  if (PEOPLE.test(head)) {
    // Combatants or a civilian part named among them come first: "an exchange of fire" is no disaster.
    const after = analysis.text.slice(group.end, group.end + 80);
    if (namesCombatantsAmong(after) || namesCivilianPart(after)) return 'mixed';
    if (analysis.namesDisaster || CIVILIAN_QUALIFIER.test(group.text)) return 'civilian';
    return analysis.namesAttack ? 'civilian' : null;
  }
  if (MEMBERS.test(head)) {
    // A party's or a family's members are civilians (groups.ts); an armed body's ("gang members") are not.
    if (ARMED_BODY_AFTER.test(analysis.text.slice(group.end, group.end + 80)) || ARMED_BODY_BEFORE.test(group.text)) return 'military';
  }
  // "Basij (volunteer forces)": a military word inside the group's words.
  if (group.kind === null && group.text.split(/[\s()]+/).some((word) => kindOfNoun(word) === 'military')) return 'military';
  return group.kind;
}

/** "Another 18", "a further 40", "an additional 12": more of those counted before. */
const FURTHER_COUNT = /(?:^|\s)(?:another|a\s+further|an\s+additional)\s+(?:another\s+)?[\d\p{L}]/iu;
const OWN_PEOPLE = /^(?:its|our|their\s+own)\s/i;
const CALENDAR_WORD = new RegExp(`^(?:${WEEKDAY_NAME.source}|${MONTH_NAME.source})$`);

/** "Ukraine's General Staff said Russia lost 1,000 of its soldiers": a name between the speaker and the count is whom "its" stands for. */
function namesAnotherParty(between: string): boolean {
  return (between.match(/\b\p{Lu}[\p{L}'’-]*/gu) ?? []).some((word) => !CALENDAR_WORD.test(word.replace(/['’]s$/, '')));
}

/** "Twelve of the dead were members of MSF staff", "five of the wounded were children": the group after "were" is whom the number counts. */
const PART_OF_THE_DEAD = /^\s+of\s+the\s+(?:dead|killed|wounded|injured|victims|casualties)\s+(?:were|are|was|included)\s+((?:(?:members|part)\s+of\s+)?(?:(?!(?:and|but|while)\b)[\p{L}'’-]+\s+){0,3}(?!(?:and|but|while)\b)([\p{L}'’-]+))(?=\s+(?:and|but|while)\b|\s*[,.;]|\s*$)/u;

function partOfTheDead(sentence: string, countEnd: number): Subject | null {
  const found = PART_OF_THE_DEAD.exec(sentence.slice(countEnd, countEnd + 120));
  if (!found) return null;
  const text = (found[1] as string).replace(/^(?:members|part)\s+of\s+/i, '');
  const head = found[2] as string;
  return { text, affiliation: sideOf(text), kind: kindOfNoun(head) ?? (isPersonNoun(head) ? 'civilian' : null) };
}

/** "15 of the dead children were disabled", "15 of the children who died were disabled": a part of the dead named by what is said of it after "were". */
const OF_THE_DEAD_GROUP = /^(?:of\s+)?the\s+(?:dead|killed|wounded|injured)\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)$/u;
const DESCRIBED_AFTER = /^\s+(?:were|are|was)\s+((?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)(?=\s*[,.;]|\s+(?:and|but)\b|\s*$)/u;
const NOT_A_DESCRIPTION = /\b(?:killed|wounded|injured|dead|among|in|at|from|still|also|taken|buried|identified|found|recovered|missing)\b/;

/** "15 of the children who died were disabled": the dead named by a clause after their noun. */
const OF_THE_GROUP = /^(?:of\s+)?the\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)$/u;
const WHO_DIED = /^\s+(?:who|that)\s+(?:died|were\s+(?:killed|wounded|injured|hurt))/;

function describedPartOfTheDead(sentence: string, count: Link['count']): Subject | null {
  const groupText = count.group.text.trim();
  let after = sentence.slice(count.group.end, count.group.end + 80);
  let group = OF_THE_DEAD_GROUP.exec(groupText);
  const clause = group ? null : WHO_DIED.exec(after);
  if (clause) {
    group = OF_THE_GROUP.exec(groupText);
    after = after.slice(clause[0].length);
  }
  if (!group) return null;
  const description = DESCRIBED_AFTER.exec(after)?.[1];
  // An adjective describes the part ("disabled"); a plural noun names another group ("officers").
  if (!description || NOT_A_DESCRIPTION.test(description) || /[^s]s$/.test(description)) return null;
  const noun = group[1] as string;
  const head = noun.split(/\s+/).pop() as string;
  const text = `${description} ${noun}`;
  return { text, affiliation: sideOf(text), kind: kindOfNoun(head) ?? (isPersonNoun(head) ? 'civilian' : null) };
}

/** "…, 24 were patients and four were caretakers": an item chained to a breakdown of the dead counts the group after "were". */
function itemOfBreakdown(link: Link, sentence: string): Subject | null {
  if (link.rule !== 'chain') return null;
  const item = breakdownItemGroup(sentence, link.count.end);
  return item ? { text: item.text, affiliation: sideOf(item.text), kind: kindOfNoun(item.head) ?? (isPersonNoun(item.head) ? 'civilian' : null) } : null;
}

export function subjectOf(link: Link, links: readonly Link[], analysis: SubjectEvidence, exclude: Span | null, lastSubject: Subject | null): Subject {
  const sentence = analysis.text;
  const { count } = link;
  const part = link.count.group.text === '' || /^the$/i.test(link.count.group.text) ? (partOfTheDead(sentence, count.end) ?? itemOfBreakdown(link, sentence)) : null;
  if (part) return part;
  const described = describedPartOfTheDead(sentence, count);
  if (described) return described;
  const group = count.group;
  let text = group.others ? sentence.slice(count.start, Math.max(count.end, group.end)) : group.text;
  let kind: SubjectKind | null = group.head && !group.others ? kindOfGroup(group, analysis) : group.kind;
  // "took 40 people hostage", "abducted 25 people": people taken as hostages are civilians.
  if (kind === null && link.cue.outcome === 'captured' && PEOPLE.test(group.head ?? '') && HOSTAGE_TAKING.test(sentence)) kind = 'civilian';
  let affiliation = sideOf(group.text) ?? (group.head ? sideComingFrom(sentence, group.end) : null);
  if (!group.head || group.others) {
    const sibling = links
      .filter((l) => l !== link && !l.count.part && l.count.group.head && !l.count.group.others && !isVictimNoun(l.count.group.head))
      .sort((a, b) => Math.abs(a.count.start - count.start) - Math.abs(b.count.start - count.start))[0];
    const donor = sibling?.count.group ?? null;
    const among = donor || group.head ? null : amongGroupAfter(sentence, Math.max(link.cue.end, count.end));
    let loser: ReturnType<typeof losingGroup> = null;
    if (donor) {
      if (!group.head) text = donor.text;
      // "ten people were killed and 32 others wounded": the others are what the people were.
      kind = group.others ? kindOfGroup(donor, analysis) : (kind ?? kindOfGroup(donor, analysis));
      affiliation ??= sideOf(donor.text);
    } else if (among) {
      text = among.text;
      kind = PEOPLE.test(among.noun) ? (analysis.namesAttack || analysis.namesDisaster ? 'civilian' : null) : kindOfNoun(among.noun);
      affiliation ??= sideOf(among.text);
    } else if (!group.head && (loser = losingGroup(sentence, count.start))) {
      // "North Korean troops have suffered 1,100 casualties": who suffered the loss is who it counts.
      text = loser.text;
      kind = loser.kind;
      affiliation ??= sideOf(loser.text);
    } else if (group.others && lastSubject) {
      kind ??= lastSubject.kind;
      affiliation ??= lastSubject.affiliation;
    } else if (!group.head && lastSubject && FURTHER_COUNT.test(`${sentence.slice(Math.max(0, count.start - 16), count.start)}${count.text}`)) {
      // "… killed has risen to 13. Another 18 were wounded": more of the people counted just before.
      text = lastSubject.text;
      kind ??= lastSubject.kind;
      affiliation ??= lastSubject.affiliation;
    }
  }
  // "North Korea has sent 1,500 troops": the state that sends troops owns them.
  if (!affiliation && link.cue.outcome === 'deployed') affiliation = sendingState(sentence, link.cue.start);
  // "the ministry said 2,783 of its servicemen", "we lost 12 of our soldiers": the speaker's own people.
  if (!affiliation && exclude && exclude.end <= count.start && OWN_PEOPLE.test(group.text) && !namesAnotherParty(sentence.slice(exclude.end, count.start))) {
    affiliation = parseSpeaker(exclude.text).country;
  }
  if (!affiliation) {
    const before = analysis.sides.filter(
      (s) =>
        s.end <= count.start &&
        (!exclude || s.end <= exclude.start || s.start >= exclude.end) &&
        !WEAPON_AFTER.test(sentence.slice(s.end, s.end + 40)) &&
        !ACTOR_AFTER.test(sentence.slice(s.end, s.end + 110)),
    );
    affiliation = before.filter((s) => s.country !== null).pop()?.country ?? losingSide(sentence, count.start);
  }
  // "killed 30, 11 of them civilians": a civilian part says the whole was mixed.
  if (!group.head && namesCivilianPart(sentence.slice(Math.max(count.end, group.end), Math.max(count.end, group.end) + 80))) kind = 'mixed';
  // "RSF kills at least 100 in attack on village": a count with no noun, killed or hurt in an attack on a civilian place.
  if (!kind && !group.head && (link.cue.outcome === 'killed' || link.cue.outcome === 'wounded') && attacksCivilianPlace(sentence)) kind = 'civilian';
  // A toll of a whole war counts everyone: it borrows no earlier group's kind.
  if (!kind && !group.head && lastSubject && !namesWholeConflict(sentence)) kind = lastSubject.kind;
  if (!kind && !group.head && analysis.namesDisaster) kind = 'civilian';
  if (!kind && link.cue.outcome === 'deployed') kind = 'military';
  return { text, affiliation, kind };
}

/**
 * Who a denial is about: the side named in what is denied ("that any North
 * Korean troops are there"), else the group the document last counted
 * (`earlier`: the last deployed group for a denied deployment).
 */
export function deniedSubject(denial: Denial, earlier: Subject | null): Subject {
  // The side nearest the denied noun: "the US figures on Russian losses" is about Russians.
  const side = findSides(denial.object.text).filter((mention) => mention.country !== null).pop();
  const noun = /[\p{L}-]+$/u.exec(denial.object.text)?.[0] ?? '';
  // "denied that any civilians had been killed": the clause names whom it denies.
  if (!side && denial.namesGroup) return { text: denial.object.text.replace(/^(?:any|all|the|no)\s+(?:of\s+\S+\s+)?/i, ''), affiliation: null, kind: kindOfNoun(noun) };
  if (!side) return earlier ?? { text: '', affiliation: null, kind: null };
  const kind = kindOfNoun(noun) ?? (denial.outcome === 'deployed' ? 'military' : null);
  return { text: denial.object.text.slice(side.start), affiliation: side.country, kind };
}
