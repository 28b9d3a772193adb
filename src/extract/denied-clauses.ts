import type { Outcome } from '../contracts/claim.js';

/**
 * What a "that" clause after a verb of denial denies, by its predicate:
 * "denied that any civilians in Bucha had been killed" denies a toll,
 * "rejects the claim that armed fighters were sheltering in the hospital" a
 * presence, and "denied that its soldiers had fired on the crowd" an act, a
 * denial of responsibility that is no claim about any number.
 */
export type DeniedClause = { kind: 'toll' | 'presence'; outcome: Outcome; group: { start: number; end: number; text: string } } | { kind: 'act' };

const PEOPLE = String.raw`(?:troops|soldiers|forces|fighters|militants|mercenaries|personnel|servicem[ae]n|civilians|people|residents|children|anyone|anybody|members)`;
/** "that any of its troops", "the claim that armed fighters", "reports that civilians in Bucha": the group is the clause's subject. */
const CLAUSE = new RegExp(
  String.raw`^\s+(?:(?:the|any|these|those)\s+)?(?:(?:reports?|claims?|allegations?|suggestions?|accusations?)\s+)?that\s+((?:(?:any|all|its|their|the|no)\s+)?(?:of\s+(?:its|their|the|our)\s+)?(?:[\p{L}'’-]+\s+){0,3}?${PEOPLE})\b((?:\s+(?:in|at|from|of)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)?)\s+`,
  // Case matters: the place after the group is capitalised ("in Bucha had been killed").
  'u',
);
const BE = String.raw`(?:are|were|is|was|had\s+been|have\s+been|has\s+been|had\s+ever\s+been|were\s+ever)`;
/** Words that put people somewhere after "are" or "were": "in", "stationed", "fighting", "sheltering". */
export const PRESENCE_WORD = String.raw`(?:in|at|inside|present|stationed|deployed|based|fighting|sheltering|hiding|operating)`;
const PRESENCE = new RegExp(String.raw`^(?:${BE}\s+(?:still\s+|ever\s+)?${PRESENCE_WORD}|(?:fought|served|sheltered|hid)\s+(?:in|at|inside))\b`, 'i');
const LOSS = new RegExp(String.raw`^(?:${BE}\s+(killed|wounded|injured|hurt|captured|taken\s+prisoner)|(?:had\s+|have\s+|has\s+)?(died))\b`, 'i');
/** A number in words or digits: what is denied is a number (denied-numbers.ts), not a presence or a toll. */
export const COUNT_WORD = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|scores)\b/i;

/** `after` is the text right after the verb of denial, `offset` where it starts in the sentence. Null when no "that" clause about people follows. */
export function deniedClause(after: string, offset: number): DeniedClause | null {
  const clause = CLAUSE.exec(after);
  if (!clause) return null;
  const group = clause[1] ?? '';
  // "denied reports that eleven of its soldiers had been taken prisoner" denies a number: denied-numbers.ts reads it.
  if (COUNT_WORD.test(group)) return { kind: 'act' };
  const predicate = after.slice(clause[0].length);
  const start = offset + clause[0].indexOf(group, clause[0].indexOf('that'));
  const span = { start, end: start + group.length, text: group };
  if (PRESENCE.test(predicate)) return { kind: 'presence', outcome: 'deployed', group: span };
  const loss = LOSS.exec(predicate);
  if (!loss) return { kind: 'act' };
  const word = (loss[1] ?? loss[2] ?? '').toLowerCase();
  const outcome: Outcome = /kill|die/.test(word) ? 'killed' : /captur|prisoner/.test(word) ? 'captured' : 'wounded';
  return { kind: 'toll', outcome, group: span };
}
