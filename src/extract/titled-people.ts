import type { Speaker } from '../contracts/claim.js';
import { stripOpening } from './openings.js';
import { TITLE, parseSpeaker } from './speaker-parse.js';
import { cleanSpeakerText } from './speaker-phrase.js';

const TITLED_NAME = new RegExp(`((?:[\\p{Lu}][\\p{L}'’.-]+\\s+){0,6}(?:${TITLE})\\s+(?:[\\p{Lu}][\\p{L}'’.-]+(?:\\s+|$)){2,3})`, 'gu');
/** What TITLED_NAME needs after its title: two capitalised words. Few sentences have it, and the full pattern then tries no position. */
const TITLE_BEFORE_NAME = new RegExp(`(?:${TITLE})\\s+\\p{Lu}[\\p{L}'’.-]+\\s+\\p{Lu}`, 'u');
const TITLE_HINT = /\b(?:spokes|President|Minister|Secretary|General|Gen\.|Colonel|[Cc]ommander|[Cc]hief|lawmaker|Senator|Governor|Mayor|Ambassador|envoy|official|adviser|[Dd]irector|Admiral)/;

/**
 * People named with a title anywhere in a sentence ("White House spokesperson
 * John Kirby briefed reporters"), so that a later "Kirby said" or "he said"
 * can be resolved even when the first mention makes no claim.
 */
export function titledPeople(sentence: string): Speaker[] {
  if (!TITLE_HINT.test(sentence) || !TITLE_BEFORE_NAME.test(sentence)) return [];
  const people: Speaker[] = [];
  TITLED_NAME.lastIndex = 0;
  for (let m = TITLED_NAME.exec(sentence); m; m = TITLED_NAME.exec(sentence)) {
    const text = cleanSpeakerText(stripOpening(m[1] ?? ''));
    const speaker = parseSpeaker(text);
    if (speaker.name?.includes(' ')) people.push(speaker);
  }
  return people;
}
