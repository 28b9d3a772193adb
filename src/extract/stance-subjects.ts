import type { Speaker } from '../contracts/claim.js';
import { stripOpening } from './openings.js';
import { parseSpeaker } from './speaker-parse.js';

/**
 * People named as the subject of a verb of stance, with or without a role
 * after the name: "Serhiy Bolvinov, head of the regional police's
 * investigators, rejected the claim", "Maria Zakharova dismissed the
 * reports", "Col. Getnet Adane denied it". The sentence makes no claim, but a
 * later "he said" speaks for them.
 */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}`;
const ROLE = String.raw`(?:,\s+[^,;:"“”]{3,100}?,)?`;
const WHEN = String.raw`(?:\s+(?:on|last|late|early)\s+\p{L}+)?`;
const VERB = String.raw`(?:rejected|rejects|denied|denies|dismissed|dismisses|disputed|disputes|confirmed|confirms|insisted|insists|acknowledged|acknowledges|accused|accuses|called|calls|described|describes|wrote|writes|posted|posts|tweeted|added|adds|estimated|estimates|warned|warns|countered|counters|responded|responds|replied|replies)`;
const SUBJECT = new RegExp(String.raw`(?:^|[.;]\s+|\s(?:but|and|while)\s+)(${NAME})${ROLE}${WHEN}\s+${VERB}\b`, 'gu');
const HINT = new RegExp(String.raw`\b${VERB}\b`);

export function stanceSubjects(sentence: string): Speaker[] {
  if (!HINT.test(sentence)) return [];
  const people: Speaker[] = [];
  SUBJECT.lastIndex = 0;
  for (let m = SUBJECT.exec(sentence); m; m = SUBJECT.exec(sentence)) {
    const speaker = parseSpeaker(stripOpening(m[1] ?? ''));
    // Two words or more of a person's name: "Serhiy Bolvinov", not "The Kremlin" or "Russia's Defence Ministry".
    if (speaker.name?.includes(' ') && speaker.org === null) people.push(speaker);
  }
  return people;
}
