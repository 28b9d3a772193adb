import type { Link } from './link.js';

/**
 * A count of those one cause killed or hurt, said right after the outcome:
 * "fewer than 20 were killed by shelling", "12 had died in the shelling", "20 victims were killed by tank
 * and artillery fire", "wounded by sniper fire". It counts a part of a toll
 * (those the shells killed, not the executed), so its manner says so: "by
 * shelling", "by tank and artillery fire". A weapon that names the whole
 * attack ("the chemical attack killed 86") is weapon-manner.ts's.
 */
const CAUSE = /^\s+(?:(?:mostly|mainly|all)\s+)?by\s+((?:(?:tank|artillery|mortar|rocket|sniper|machine[\s-]gun|small[\s-]arms|heavy[\s-]weapons?|gun|automatic[\s-]weapons?)\s+(?:and\s+(?:tank|artillery|mortar|rocket|sniper|machine[\s-]gun|small[\s-]arms|gun)\s+)?)?(?:fire|shelling|shells|gunfire|bullets|shrapnel|airstrikes|air\s+strikes|bombs|mortars))\b/i;

/** "12 had died in the shelling", "killed in the crossfire": the same causes, told with "in the". */
const IN_CAUSE = /^\s+in\s+(?:the\s+)?((?:(?:tank|artillery|mortar|rocket)\s+)?(?:shelling|bombardment|shellfire|crossfire|gunfire))\b(?!\s+(?:of|on)\b)/i;

export function causeOf(sentence: string, link: Link): string | null {
  if (link.cue.outcome !== 'killed' && link.cue.outcome !== 'wounded' && link.cue.outcome !== 'casualties') return null;
  const after = sentence.slice(link.cue.end, link.cue.end + 60);
  const found = CAUSE.exec(after) ?? IN_CAUSE.exec(after);
  return found ? `by ${(found[1] as string).toLowerCase().replace(/\s+/g, ' ')}` : null;
}

/** Whether a manner names one cause among others ("by shelling"): its count is a part of the toll. */
export function isPartialCause(manner: string | null): boolean {
  return manner !== null && manner.startsWith('by ');
}
