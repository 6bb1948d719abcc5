/**
 * Due dates as instructors write them in course.config.json ("2027-03-12" or "2027-03-12T17:00"), and as learners
 * read them ("Friday 12 March 2027, 17:00"). Written out by hand rather than with Date and a locale: the build must
 * show the same words on every machine, whatever its time zone or ICU data, and a date never shifts by a day because
 * the build server sits in another zone.
 */

/** A calendar date, optionally followed by a 24-hour time of day. */
export const DUE_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Parts {
  year: number;
  month: number;
  day: number;
  time?: string;
}

function parts(value: string): Parts | undefined {
  const m = DUE_DATE_PATTERN.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Date.UTC rolls 31 February over into March; a real date survives the round trip unchanged.
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59)) return undefined;
  return { year, month, day, ...(m[4] !== undefined ? { time: `${m[4]}:${m[5]}` } : {}) };
}

/** True for a well-formed date that exists (no 30 February, no 24:00). */
export function isCalendarDate(value: string): boolean {
  return parts(value) !== undefined;
}

/** "Friday 12 March 2027", with ", 17:00" when a time was given. Throws on a value the schema would reject. */
export function formatDueDate(value: string): string {
  const p = parts(value);
  if (!p) throw new Error(`not a due date: ${JSON.stringify(value)}`);
  const weekday = WEEKDAYS[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()]!;
  return `${weekday} ${p.day} ${MONTHS[p.month - 1]} ${p.year}${p.time ? `, ${p.time}` : ''}`;
}
