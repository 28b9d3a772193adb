/**
 * Ranks and honorifics before a person's name: "Rear Admiral Daniel Hagari"
 * is Daniel Hagari, "Lt. Col. Richard Hecht" is Richard Hecht. They are
 * dropped only while a name of two words or more is left ("General Vera"
 * keeps its rank: the rank may be all that says it is a person).
 */
const RANK = String.raw`(?:(?:Rear|Vice)\s+Admiral|Admiral|(?:Lieutenant|Lt\.?)\s+(?:General|Gen\.?|Colonel|Col\.?|Commander)|(?:Major|Maj\.?|Brigadier|Brig\.?)[\s-]+(?:General|Gen\.?)|General|Gen\.|Colonel|Col\.|Major|Maj\.|Captain|Capt\.|Lieutenant|Lt\.|Sergeant|Sgt\.|Commander|Cmdr\.|Brigadier|Brig\.|Adm\.)`;
const HONORIFIC = String.raw`(?:(?:Dr|Sen|Rep|Gov|Mr|Mrs|Ms|Prof)\.|Alhaji|Alhaja|Sheikh|Mullah)`;
const NAME_LEFT = String.raw`(?=\p{Lu}[\p{L}'’-]+\s+(?:(?:al|el|ad|as|bin|ibn|abu|de|da|van|von)[\s-])?\p{Lu})`;
const LEADING_RANKS = new RegExp(String.raw`^(?:${RANK}\s+)+${NAME_LEFT}`, 'u');
const LEADING_RANKS_AND_HONORIFICS = new RegExp(String.raw`^(?:(?:${RANK}|${HONORIFIC})\s+)+${NAME_LEFT}`, 'u');

/** "Rear Admiral Daniel Hagari" → "Daniel Hagari". */
export function withoutRank(name: string): string {
  return name.replace(LEADING_RANKS, '');
}

/** "General Luis Vera" → "Luis Vera", "Dr. Ashraf Qidra" → "Ashraf Qidra": as a name is written after its role. */
export function withoutRankOrHonorific(name: string): string {
  return name.replace(LEADING_RANKS_AND_HONORIFICS, '');
}
