import { describe, expect, it } from 'vitest';
import { formatDueDate, isCalendarDate } from '../../../src/lib/course-config/due-date';

describe('due dates', () => {
  it('writes a date out with its weekday', () => {
    expect(formatDueDate('2027-03-12')).toBe('Friday 12 March 2027');
    expect(formatDueDate('2028-02-29')).toBe('Tuesday 29 February 2028');
  });

  it('adds the time of day when one is given', () => {
    expect(formatDueDate('2027-03-26T17:00')).toBe('Friday 26 March 2027, 17:00');
  });

  it('does not depend on the time zone of the machine that builds', () => {
    // A date-only ISO string parsed by Date is midnight UTC, which is the day before west of Greenwich; ours is not.
    const before = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(formatDueDate('2027-01-01')).toBe('Friday 1 January 2027');
    } finally {
      process.env.TZ = before;
    }
  });

  it('accepts only dates that exist, with a 24-hour time', () => {
    for (const ok of ['2027-01-31', '2028-02-29', '2027-12-31T23:59']) expect(isCalendarDate(ok), ok).toBe(true);
    for (const bad of ['2027-02-29', '2027-04-31', '2027-13-01', '2027-01-01T24:00', '2027-01-01T12:60', '1/2/2027', '2027-1-5', '2027-01-01 17:00']) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
    expect(() => formatDueDate('2027-02-30')).toThrow(/not a due date/);
  });
});
