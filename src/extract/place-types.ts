/**
 * Places named by their type: "the village of Plekhovo", "the Ukrainian city
 * of Pokrovsk", "the northern region of Gao", "the islands of Java and
 * Sumatra", "the capital, Bamako", "the capital Kyiv". The name after the type
 * word is a place whether or not the gazetteer knows it: the text says so.
 */
export interface TypedPlace {
  /** UTF-16 offsets of the name (not the type word) in the sentence, end exclusive. */
  start: number;
  end: number;
  /** The name: "Plekhovo", "Java and Sumatra". */
  text: string;
}

const PLACE_TYPE =
  '(?:city|town|village|villages|hamlet|settlement|region|province|state|district|county|oblast|governorate|prefecture|municipality|commune|suburb|neighbou?rhood|port|island|islands|area|camp)';
/** One capitalised word ("Pokrovsk", "al-Alil", "Kryvyi") of a name. */
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’-]*|(?:al|el|ad|an|as|ash|at|az)-\\p{Lu}[\\p{L}'’-]*)";
/** A name: capitalised words joined by spaces or by "and", "de", "al", "el" ("Java and Sumatra", "Rio de Janeiro"). */
const NAME = `(${NAME_WORD}(?:\\s+(?:and\\s+|de\\s+|al\\s+|el\\s+)?${NAME_WORD})*)`;
const TYPE_OF = new RegExp(`\\b${PLACE_TYPE}\\s+of\\s+${NAME}`, 'gu');
// "the capital, Kabul", "the Malian capital Bamako", "the country's capital, Khartoum"
const CAPITAL = new RegExp(`\\bcapital,?\\s+${NAME}`, 'gu');
/** Capitalised words that start no place name: months, days, articles, pronouns. */
const NOT_A_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|These|Those|A|An|His|Her|Their|Its|Our|It|He|She|They|We|I)\b/u;

function typedPlacesBy(pattern: RegExp, sentence: string, found: TypedPlace[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    const name = (m[1] ?? '').replace(/\s+(?:and|de|al|el)$/u, '');
    if (name === '' || NOT_A_NAME.test(name)) continue;
    const start = m.index + m[0].length - (m[1] ?? '').length;
    found.push({ start, end: start + name.length, text: name });
  }
}

/** Every place the sentence names by its type, left to right. */
export function findTypedPlaces(sentence: string): TypedPlace[] {
  const found: TypedPlace[] = [];
  if (sentence.includes(' of ')) typedPlacesBy(TYPE_OF, sentence, found);
  if (sentence.includes('capital')) typedPlacesBy(CAPITAL, sentence, found);
  return found.sort((a, b) => a.start - b.start);
}
