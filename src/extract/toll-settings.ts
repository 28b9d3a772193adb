/**
 * "had put the toll at about 300 in late March", "put the death toll at 52 on
 * Saturday", "estimated the number of dead at 40 last week": a toll someone
 * put at a number, with a time right after it, says when the toll was put,
 * not what period it counts. The time is the statement's, like "said on
 * Monday".
 */
const SETTING =
  /\b(?:put|puts|putting|placed|places|placing|set|sets|setting|estimated|estimates|estimating|pegged|pegs|fixed|fixes)\s+(?:the|its|their|his|her)\s+(?:(?:death|casualty|overall|total|own|latest|initial|first|civilian)\s+)*(?:toll|number|figure|tally|count|estimate|losses)(?:\s+of\s+(?:the\s+)?(?:dead|deaths|victims|killed|wounded|injured|casualties|people\s+killed))?\s+at\s+(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|at\s+least|up\s+to|close\s+to)\s+)?/gi;
const HINT = /\b(?:put|puts|putting|placed|places|placing|set|sets|setting|estimated|estimates|estimating|pegged|pegs|fixed|fixes)\b/i;

/** Whether the claim between `claimStart` and `claimEnd` holds the number a toll was put at: "put the ‹toll at about 300›". */
export function isTollSetting(sentence: string, claimStart: number, claimEnd: number): boolean {
  if (!HINT.test(sentence)) return false;
  SETTING.lastIndex = 0;
  for (let m = SETTING.exec(sentence); m; m = SETTING.exec(sentence)) {
    const numberAt = m.index + m[0].length;
    if (numberAt >= claimStart && numberAt < claimEnd) return true;
  }
  return false;
}

/** A window counted back or between two times ("in the past 24 hours", "over the last three days", "since Monday"): what the number counts, even there. */
const WINDOW = /\b(?:past|previous|over|within|during|since|between|from|through|throughout)\b|\blast\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|several)\b/i;

/** Whether the time `time`, starting at `timeStart`, follows the claim ending at `claimEnd` with nothing between and names a day or a month: "at about 300 ‹in late March›". */
export function isTimeOfSetting(sentence: string, claimEnd: number, timeStart: number, time: string): boolean {
  return timeStart >= claimEnd && /^[\s,]*$/.test(sentence.slice(claimEnd, timeStart)) && !WINDOW.test(time);
}
