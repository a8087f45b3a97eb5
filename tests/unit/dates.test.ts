import { afterEach, describe, expect, it } from 'vitest';
import { addDays, daysBetween, isLocalDate, toLocalDate } from '../../utils/shared/dates';
import { renewalText } from '../../utils/shared/format';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('local dates', () => {
  it('validates real calendar dates only', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('26-01-01')).toBe(false);
  });

  it.each(['America/Los_Angeles', 'Europe/Berlin', 'Pacific/Auckland', 'Asia/Kolkata'])(
    'counts whole days across daylight-saving changes in %s',
    (tz) => {
      process.env.TZ = tz;
      expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
      expect(daysBetween('2026-10-20', '2026-11-10')).toBe(21);
      expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
      expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    },
  );

  it('takes the date of an instant in local time, so a late-evening renewal stays on its day', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(toLocalDate(new Date('2026-01-12T06:30:00Z'))).toBe('2026-01-11');
    process.env.TZ = 'Pacific/Auckland';
    expect(toLocalDate(new Date('2026-01-12T06:30:00Z'))).toBe('2026-01-12');
  });

  it('says the renewal countdown in words', () => {
    expect(renewalText('2027-01-12', '2026-12-09', 'en-GB')).toBe('renews in 34 days, 12 Jan 2027');
    expect(renewalText('2026-12-20', '2026-12-09', 'en-GB')).toBe('renews in 11 days, 20 Dec');
    expect(renewalText('2026-12-09', '2026-12-09', 'en-GB')).toBe('renews today, 9 Dec');
    expect(renewalText('2026-12-06', '2026-12-09', 'en-GB')).toBe('renewal passed 3 days ago, 6 Dec');
  });
});
