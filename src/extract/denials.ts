import type { Outcome } from '../contracts/claim.js';
import { COUNT_WORD, deniedClause } from './denied-clauses.js';
import { findAbsences } from './absences.js';

/**
 * Denials and negation. "Both Russia and North Korea deny the deployment"
 * is one denial per party, with no number; "no casualties" and "no one was
 * killed" are claims of zero.
 */
export interface Denial {
  /** Offsets of the denying parties in the sentence. */
  parties: Array<{ start: number; end: number; text: string }>;
  outcome: Outcome;
  verb: string;
  /** Offsets of what is denied, from the verb's end to the denied noun ("that any North Korean troops"). */
  object: { start: number; end: number; text: string };
  /** True when what is denied is the figures just given ("said the figures were fabricated"): they were counted where the last claim was. */
  refersBack?: boolean;
  /** True when the object is the group a clause denies a toll or presence of ("that any civilians … had been killed"). */
  namesGroup?: boolean;
}

export interface Zero {
  start: number;
  end: number;
  text: string;
  outcome: Outcome;
  /**
   * True when the zero is of a group named ("no civilians had died", "not a
   * single serviceman among the dead"): said by someone, it denies that
   * group's toll. "No one was hurt" and "no casualties" report an outcome.
   */
  ofAGroup: boolean;
}

const DENY = /\b(deny|denies|denied|denying|dismissed|dismisses|rejected|rejects|refuted|refutes)\b/i;
const DEPLOYMENT_OBJECT = /^\s+(?:(?:the|any|their|its|reports?\s+of(?:\s+(?:the|a|any))?|claims?\s+of(?:\s+(?:the|a|any))?|that\s+(?:any|its|their)?)\s+)*(?:[\p{L}\s-]{0,30}\s)?(?:(?:deployment|presence|involvement)(?:\s+of\s+(?:the\s+|any\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:troops|soldiers|forces|fighters|mercenaries|personnel|units|instructors|advisers|contractors))?|troops|soldiers|forces)\b/iu;
const LOSS_OBJECT = /^\s+(?:(?:the|any|all|reports?\s+of|claims?\s+of)\s+)*(?:(?:[\p{L}.-]+\s+){0,2}(?:figures?|numbers?|estimates?|counts?|tall(?:y|ies)|data)\s+(?:on|of|about|for)\s+)?(?:[\p{L}-]+\s+){0,2}(casualties|losses|deaths)\b/iu;
const RESPONSIBILITY = /^\s+(?:(?:any|all|that\s+it\s+(?:was|had)|it\s+(?:was|had))\s+)?(?:causing|caused|inflicting|inflicted|being\s+behind|being\s+responsible|responsibility|involvement|role|carrying\s+out|targeting|targeted|firing|fired|shelling|bombing|striking|hitting)\b/i;
// A title between names keeps one party: "Kremlin spokesman Dmitry Peskov".
const PARTY = /((?:[\p{Lu}][\p{L}'’.-]*)(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|of|the|spokes(?:man|woman|person)|minister|official|chief|head|leader|president))*)/gu;
/** A single noun phrase whose first word is a name or its possessive and whose head is a body that can deny: "Mali's transitional government", "the Russian defence ministry". */
const ONE_PARTY = /^\s*((?:[Tt]he\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4}?\s+(?:government|ministry|army|military|authorities|junta|presidency|office|command|forces|spokesman|spokeswoman|spokesperson))\s+(?:(?:has|have|had|also|again|later|repeatedly|flatly|strongly)\s+)*$/u;
const NOT_A_PARTY = /^(?:Both|The|And|But|However|Yet|Meanwhile|It|They|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** "the militia ", "the army has ": a party named by its common noun right before the verb, at the clause's start. */
const COMMON_PARTY = /(?:^|[,;]\s*|\b(?:but|and|while)\s+)((?:the|a)\s+(?:[\p{Ll}-]+\s+)?(?:militia|army|military|group|government|ministry|movement|authorities|rebels|junta|forces|police|office|agency|command|spokesman|spokeswoman|spokesperson))\s+(?:(?:has|have|had|also|later|again|repeatedly|flatly|strongly|categorically)\s+)*$/iu;

/** The parties that deny, from the words right before the verb ("Both Russia and North Korea"); else "the ministry" at the clause's start. */
export function denyingParties(sentence: string, verbStart: number): Denial['parties'] {
  const named = namedParties(sentence, verbStart);
  if (named.length > 0) return named;
  // "…, the ministry denied …": a body named by its common noun denies too (the document named it before).
  const common = COMMON_PARTY.exec(sentence.slice(0, verbStart));
  if (!common) return [];
  const text = common[1] ?? '';
  const at = (common.index ?? 0) + common[0].indexOf(text);
  return [{ start: at, end: at + text.length, text }];
}

function namedParties(sentence: string, verbStart: number): Denial['parties'] {
  const before = sentence.slice(0, verbStart);
  // A dateline ("BAMAKO, Jan 22 (Sahel Brief) —") ends at its dash: no party stands before it.
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.'), before.lastIndexOf('—') , before.lastIndexOf(' – '), before.lastIndexOf(' -- ')) + 1;
  const clause = before.slice(clauseStart);
  // "Mali's transitional government denied": one party named by a noun phrase, whole.
  const whole = ONE_PARTY.exec(clause);
  if (whole) {
    const text = (whole[1] as string).replace(/^(?:The|the)\s+/, '');
    const start = clauseStart + whole.index + (whole[0].length - (whole[1] as string).length) + ((whole[1] as string).length - text.length);
    return [{ start, end: start + text.length, text }];
  }
  const found: Denial['parties'] = [];
  PARTY.lastIndex = 0;
  for (let m = PARTY.exec(clause); m; m = PARTY.exec(clause)) {
    const text = m[1] ?? '';
    if (NOT_A_PARTY.test(text)) continue;
    const start = clauseStart + m.index + (m[0].length - text.length);
    found.push({ start, end: start + text.length, text: text.replace(/^(?:Both|The)\s+/, '') });
  }
  return found;
}

export function findDenials(sentence: string): Denial[] {
  const verb = DENY.exec(sentence);
  if (!verb) return [];
  const objectStart = verb.index + verb[0].length;
  const after = sentence.slice(objectStart);
  const clause = deniedClause(after, objectStart);
  if (clause) return clause.kind === 'act' ? [] : denialOf(sentence, verb, clause.outcome, clause.group, true);
  // "denied reports that eleven of its soldiers had been taken prisoner" denies a number (denied-numbers.ts), not a presence.
  const deployment = DEPLOYMENT_OBJECT.exec(after);
  if (deployment && COUNT_WORD.test(deployment[0])) return [];
  // "denied causing the casualties" denies a responsibility, not the casualties or their number.
  const losses = deployment || RESPONSIBILITY.test(after) ? null : LOSS_OBJECT.exec(after);
  const object = deployment ?? losses;
  if (!object) return [];
  const text = object[0].trimStart();
  const start = objectStart + object[0].length - text.length;
  return denialOf(sentence, verb, deployment ? 'deployed' : 'casualties', { start, end: start + text.length, text });
}

function denialOf(sentence: string, verb: RegExpExecArray, outcome: Outcome, object: Denial['object'], namesGroup = false): Denial[] {
  const who = denyingParties(sentence, verb.index);
  if (who.length === 0) return [];
  return [{ parties: who, outcome, verb: verb[0], object, ...(namesGroup ? { namesGroup } : {}) }];
}

/** "not a single civilian died", "not one soldier was wounded", "not a single serviceman among the dead": no one. */
const NOT_ONE = String.raw`not\s+(?:a\s+single|one)\s+(?:[\p{L}-]+\s+){0,2}?(?:civilian|soldier|serviceman|servicemen|servicewoman|person|resident|child|fighter|troop|member|prisoner|patient|worker)s?\s+(?:(?:was|were|has|had|have)\s+(?:been\s+)?)?(?:(killed|died|hurt|injured|wounded)|(?:was\s+|were\s+)?among\s+the\s+(dead|wounded|injured))`;
const ZERO = new RegExp(
  String.raw`\b(no\s+(?:one|body|soldiers?|civilians?|people|person|troops|residents?|fighters?|servicem[ae]n|children|women)\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(killed|hurt|injured|wounded)|(?:had\s+|have\s+|has\s+)?(died))|no\s+(?:reports?\s+of\s+(?:any\s+)?)?(casualt(?:y|ies)|deaths?|fatalities|injuries|dead)|${NOT_ONE})\b`,
  'iu',
);

export function findZeros(sentence: string): Zero[] {
  const match = ZERO.exec(sentence);
  if (!match) return findAbsences(sentence);
  const word = (match[2] ?? match[3] ?? match[4] ?? match[5] ?? match[6] ?? '').toLowerCase();
  const outcome: Outcome = /kill|death|fatal|die|dead/.test(word) ? 'killed' : /hurt|injur|wound/.test(word) ? 'wounded' : 'casualties';
  return [{ start: match.index, end: match.index + match[0].length, text: match[0], outcome, ofAGroup: !NO_ONE_IN_PARTICULAR.test(match[0]) }];
}

const NO_ONE_IN_PARTICULAR = /^no\s+(?:one|body|people|person|reports?|casualt|deaths?|fatalit|injur|dead)/i;
