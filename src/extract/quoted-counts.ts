/**
 * "the army knew of "under 100" Palestinian casualties", "killed “more than
 * 40” civilians": quote marks around a count alone only distance the writer
 * from the number. They are no quotation, and no bound on the group: read
 * without them (blanked, so offsets stay), the count reaches its group.
 */
const QUALIFIER = '(?:under|over|more\\s+than|fewer\\s+than|less\\s+than|at\\s+least|at\\s+most|about|around|nearly|almost|up\\s+to|some|roughly|only|just)\\s+';
const NUMBER = '(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\\s+hundred|dozens|scores|hundreds|thousands)';
const QUOTED_COUNT = new RegExp(`(["“])((?:${QUALIFIER})?${NUMBER}(?:\\s+(?:hundred|thousand|million))?)(["”])`, 'gi');
const HINT = /["“]/;

export function unquoteCounts(sentence: string): string {
  if (!HINT.test(sentence)) return sentence;
  return sentence.replace(QUOTED_COUNT, (_match, _open: string, count: string) => ` ${count} `);
}
