import { instantOf, isCalendarDate, isInFuture, isTimestamp, latestOf, lesothoDateOf, lesothoDaysBetween, lesothoTimestampOf, startOfLesothoDay } from './time';

describe('time', () => {
  it('reads timestamps with an offset as instants', () => {
    expect(instantOf('2021-11-08T09:30:00+02:00')).toBe(Date.UTC(2021, 10, 8, 7, 30));
    expect(instantOf('2021-11-08T07:30Z')).toBe(Date.UTC(2021, 10, 8, 7, 30));
    expect(instantOf('2021-11-08T09:30:00.25+02:00')).toBe(Date.UTC(2021, 10, 8, 7, 30, 0, 250));
    expect(instantOf('2021-11-07T20:00:00-11:30')).toBe(Date.UTC(2021, 10, 8, 7, 30));
  });

  it('refuses times without an offset or that do not exist', () => {
    for (const bad of ['2021-11-08T09:30:00', '2021-11-08', '2021-02-29T10:00:00Z', '2021-11-08T24:00:00Z', '2021-11-08T09:30:00+15:00', 'now']) {
      expect(isTimestamp(bad)).toBe(false);
    }
    expect(isTimestamp('2024-02-29T10:00:00+02:00')).toBe(true);
    expect(isTimestamp(42)).toBe(false);
  });

  it('checks calendar dates', () => {
    expect(isCalendarDate('2021-11-30')).toBe(true);
    expect(isCalendarDate('2021-11-31')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2021-1-01')).toBe(false);
  });

  it('gives the Lesotho date of a moment', () => {
    expect(lesothoDateOf('2021-11-12T23:30:00Z')).toBe('2021-11-13');
    expect(lesothoDateOf('2021-11-12T21:59:59Z')).toBe('2021-11-12');
    expect(lesothoDateOf('2021-12-31T23:00:00+02:00')).toBe('2021-12-31');
    expect(lesothoDateOf('2024-02-28T22:00:00Z')).toBe('2024-02-29');
    expect(lesothoDateOf('1999-12-31T22:00:00Z')).toBe('2000-01-01');
  });

  it('counts whole Lesotho days between two instants, the day turning at 22:00 UTC', () => {
    const at = (timestamp: string) => instantOf(timestamp);
    expect(lesothoDaysBetween(at('2021-11-12T21:59:59Z'), at('2021-11-12T22:00:00Z'))).toBe(1);
    expect(lesothoDaysBetween(at('2021-11-12T00:00:00+02:00'), at('2021-11-12T23:59:59+02:00'))).toBe(0);
    expect(lesothoDaysBetween(at('2021-02-28T10:00:00+02:00'), at('2021-03-01T09:00:00+02:00'))).toBe(1);
  });

  it('starts a Lesotho day at 22:00 UTC the day before: its first instant is that date, the one before is the day before', () => {
    const start = startOfLesothoDay('2021-03-01');
    expect(start).toBe('2021-03-01T00:00:00+02:00');
    expect(instantOf(start)).toBe(Date.parse('2021-02-28T22:00:00Z'));
    expect(lesothoDateOf(start)).toBe('2021-03-01');
    expect(lesothoDateOf(new Date(instantOf(start) - 1).toISOString())).toBe('2021-02-28');
  });

  it('writes an instant as Lesotho local time', () => {
    expect(lesothoTimestampOf(Date.UTC(2021, 10, 8, 7, 30))).toBe('2021-11-08T09:30:00+02:00');
    expect(lesothoTimestampOf(Date.UTC(2021, 11, 31, 22, 0, 5, 900))).toBe('2022-01-01T00:00:05+02:00');
    expect(lesothoTimestampOf(Date.UTC(1969, 11, 31, 21, 0))).toBe('1969-12-31T23:00:00+02:00');
  });

  it('allows five minutes of clock skew', () => {
    expect(isInFuture('2021-11-01T12:05:00+02:00', '2021-11-01T12:00:00+02:00')).toBe(false);
    expect(isInFuture('2021-11-01T12:05:01+02:00', '2021-11-01T12:00:00+02:00')).toBe(true);
  });

  it('finds the latest of some moments', () => {
    expect(latestOf(null, '2021-11-01T12:00:00+02:00', '2021-11-01T11:00:00Z')).toBe('2021-11-01T11:00:00Z');
    expect(latestOf(null, null)).toBeNull();
  });
});
