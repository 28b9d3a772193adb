/** The pieces both dateline recognisers (datelines.ts, agency-datelines.ts) are built of. */

/** ", Gaza Strip", ", Dec. 23", ", Ukraine, Nov. 20, 2024": words that start with a capital or a digit, never prose ("NATO, the alliance, said"). */
export const DATELINE_TAIL = String.raw`(?:,\s*[\p{Lu}\d][\p{L}\p{M}\d.'’-]*(?:,?\s+[\p{Lu}\d][\p{L}\p{M}\d.'’-]*){0,3}){0,3}`;
/** "(AP)", "(Harbour Wire)", ", (APP - UrduPoint - 23rd Dec, 2024)". */
export const AGENCY_BRACKET = String.raw`,?\s*\([^()\n]{1,80}\)`;
/** The dash that ends a dateline: an em or en dash, a double hyphen, or a hyphen with a space after it. */
export const DATELINE_DASH = String.raw`\s*(?:—|–|--|-(?=\s))\s*`;
