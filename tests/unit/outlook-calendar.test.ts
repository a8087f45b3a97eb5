import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseOutlookStart } from '../../utils/content/sites/outlook/calendar-time';

afterEach(() => {
  vi.useRealTimers();
});

describe('outlook calendar: the start from the time line (English US only)', () => {
  it('reads the documented examples, in the browser time zone (UTC here)', () => {
    expect(parseOutlookStart('Tue 4/14/2026 9:00 AM - 9:30 AM')).toBe('2026-04-14T09:00:00.000Z');
    expect(parseOutlookStart('Mon 7/27/2026 7:00 PM - 9:00 PM')).toBe('2026-07-27T19:00:00.000Z');
  });

  it('reads 12 AM as midnight and 12 PM as noon, and narrow no-break spaces and dashes as written by Intl', () => {
    expect(parseOutlookStart('Tue 4/14/2026 12:30 AM - 1:00 AM')).toBe('2026-04-14T00:30:00.000Z');
    expect(parseOutlookStart('Tue 4/14/2026 12:00 PM - 1:00 PM')).toBe('2026-04-14T12:00:00.000Z');
    expect(parseOutlookStart('Tue 4/14/2026 9:00\u202fAM \u2013 9:30\u202fAM')).toBe('2026-04-14T09:00:00.000Z');
  });

  it('leaves other formats unknown rather than guess', () => {
    for (const text of [
      'Tue 14/04/2026 09:00 - 09:30', // day first, 24-hour
      'Di 14.04.2026 09:00 - 09:30',
      'mar. 14/04/2026 09:00 - 09:30',
      'Sun 5/4/2026 9:00 AM - 9:30 AM', // 5 April is a Sunday; read as month/day it would be Monday 4 May
      'Tue 4/14/2026 9:00 am - 9:30 am',
      'Tue 4/14/2026', // all day
      'Mon 2/30/2026 9:00 AM - 9:30 AM',
      'Tue 4/14/2026 13:00 PM - 2:00 PM',
      '',
    ])
      expect(parseOutlookStart(text), text).toBeUndefined();
  });

  it('is pure: the current time changes nothing', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2020-01-01T00:00:00Z'));
    const before = parseOutlookStart('Mon 7/27/2026 7:00 PM - 9:00 PM');
    vi.setSystemTime(new Date('2031-06-30T12:00:00Z'));
    expect(parseOutlookStart('Mon 7/27/2026 7:00 PM - 9:00 PM')).toBe(before);
  });
});
