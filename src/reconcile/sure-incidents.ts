import { MONTH_NAME } from '../extract/chrono-dates.js';
import { dayOfIso } from './days.js';
import type { Item } from './item.js';

/**
 * Whether two tolls on one incident's figure are tied to it strongly enough
 * to contradict each other: reported in one document or as one statement,
 * sharing a name ("Crocus", "al-Ahli", "Olenivka"), or both naming the event
 * by the same calendar day ("the Oct. 7 attack", "the Oct. 7 massacre"): a
 * date written out is the event's name. Two reports of "the strike" or of
 * "Saturday's strike" may be of two strikes: they are compared, not opposed.
 */
export function sameIncidentForSure(a: Item, b: Item): boolean {
  if (!a.incidentNames || !b.incidentNames) return true;
  if (a.claim.doc === b.claim.doc || a.origin === b.origin) return true;
  if (a.incidentNames.some((name) => (b.incidentNames as string[]).includes(name))) return true;
  const day = calendarDayNamed(a);
  return day !== null && day === calendarDayNamed(b);
}

/** The day an event's own words give it by month and day ("the Oct. 7 attack", "the attack on March 22"), or that its report's other mention gives its bare "the attack"; or null. */
function calendarDayNamed(item: Item): number | null {
  const incident = item.claim.incident;
  if (incident?.date && MONTH_NAME.test(incident.text)) return dayOfIso(incident.date);
  return item.eventDayNamed ?? null;
}
