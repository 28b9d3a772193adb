/**
 * A participle phrase after a speaker's noun is not part of who spoke:
 * "Ukrainian officials speaking on condition of anonymity" are "Ukrainian
 * officials", "Russian figures published on Sunday" are "Russian figures".
 * A reckoning or statement made "by" someone is theirs: "figures released by
 * the health ministry on Monday" is the health ministry's. And a verb of
 * speech before "by" is such a participle, not the clause's verb.
 */

/** Participles that say who a speaker is, not what they did: "a militia backed by Iran", "a group based in London". */
const IDENTITY = new Set(['based', 'led', 'backed', 'allied', 'linked', 'affiliated', 'aligned', 'funded', 'supported', 'run', 'known', 'named', 'called', 'elected', 'appointed', 'stationed', 'deployed']);
/** Words in -ing or -ed that are prepositions or nouns here, and relaying participles ("sources cited by a spokesperson": relayed-attribution's). */
const NOT_PARTICIPLES = new Set(['cited', 'quoted', 'including', 'according', 'regarding', 'concerning', 'following', 'pending', 'during', 'notwithstanding', 'excluding', 'building', 'meeting', 'briefing', 'hearing', 'ruling', 'bed', 'red', 'shed']);
/** What follows a participle of circumstance: a preposition or a time word. */
const AFTER_PARTICIPLE = new Set(['on', 'in', 'by', 'at', 'from', 'for', 'to', 'with', 'under', 'over', 'during', 'last', 'this', 'earlier', 'late', 'early', 'overnight', 'since', 'after', 'before', 'through', 'via', 'online', 'today', 'yesterday']);
/** Nouns of things made to count or tell: made "by" someone, they speak for that someone. */
const MADE_THINGS = new Set(['figures', 'figure', 'data', 'statistics', 'numbers', 'tally', 'tallies', 'count', 'counts', 'estimate', 'estimates', 'statement', 'statements', 'report', 'reports', 'post', 'posts', 'video', 'videos', 'footage', 'assessment', 'assessments', 'bulletin', 'update', 'list', 'records']);
/** Where an agent after "by" ends: its circumstances. */
const AGENT_ENDS = new Set(['on', 'in', 'at', 'last', 'this', 'earlier', 'late', 'early', 'overnight', 'during', 'since', 'via', 'and', 'which', 'who', 'that', 'after', 'today', 'yesterday']);

/** "a report by U.N. monitors seen by Reuters" → "a report by U.N. monitors": the outlet that saw a document is not who wrote it. */
export function withoutSeenBy(text: string): string {
  const seen = SEEN_BY.exec(text);
  return seen && seen.index > 0 ? text.slice(0, seen.index) : text;
}

const SEEN_BY = /\s+(?:(?:seen|obtained|reviewed|viewed)\s+by|shared\s+with|leaked\s+to)\s+\S.*$/i;

function isParticiple(word: string, previous: string): boolean {
  if (!/^[a-z]+(?:ed|ing)$/.test(word) || IDENTITY.has(word) || NOT_PARTICIPLES.has(word)) return false;
  // After an auxiliary it is the clause's verb phrase ("had died"), not a phrase after a noun.
  return !/^(?:the|a|an|its|their|his|her|of|and|or|had|has|have|was|were|is|are|been|be|being|not)$/i.test(previous);
}

/** The speaker phrase without a participle phrase after its noun, or the agent of a made thing ("figures released by X" → X). */
export function withoutParticiplePhrase(text: string): string {
  // A phrase with a figure in it is a clause the speaker tests reject whole; cut, it could pass as one.
  if (/\d/.test(text)) return text;
  const unseen = withoutSeenBy(text);
  if (unseen !== text) return withoutParticiplePhrase(unseen);
  const words = text.split(' ');
  for (let k = 1; k < words.length; k++) {
    const word = words[k] as string;
    if (!isParticiple(word, words[k - 1] as string)) continue;
    const made = MADE_THINGS.has((words[k - 1] as string).toLowerCase());
    // A past participle is cut only after a made thing ("Russian figures published last week"): after a person or a
    // body it often says who they are ("a doctor employed at the clinic"), and cutting it loses that.
    if (word.endsWith('ed') && !made) continue;
    if (k + 1 === words.length ? !made : !AFTER_PARTICIPLE.has((words[k + 1] as string).toLowerCase())) continue;
    if (words[k + 1] === 'by' && made) {
      const agent = words.slice(k + 2);
      const end = agent.findIndex((w, i) => i > 0 && AGENT_ENDS.has(w.toLowerCase()));
      return (end < 0 ? agent : agent.slice(0, end)).join(' ');
    }
    return words.slice(0, k).join(' ');
  }
  return text;
}

/** "released by the ministry": what follows a verb of speech makes it a participle. */
export function isFollowedByAgent(after: string): boolean {
  // "said by Skype", "told by phone": the means it was said by, not who said it.
  return /^\s*by(?:\s+(?!(?:skype|phone|telephone|satellite|e-?mail|text|video|whatsapp|signal|telegram|radio|letter|messaging)\b)|\s*$)/i.test(after);
}

/** Speech words that are also plural nouns: after a verb ("denied reports that", "dismissed claims of") they are its object. */
const NOUN_FORMS = new Set(['reports', 'claims', 'estimates', 'posts', 'statements']);

/** Whether the speech word `word`, after `before`, is the object of the verb that ends `before`. */
export function isObjectOfVerb(before: string, word: string): boolean {
  return NOUN_FORMS.has(word.toLowerCase()) && /[a-z]ed\s+$|\b(?:denies|rejects|dismisses|disputes|confirms)\s+$/.test(before);
}
