import { isCalendarDay, isTimestamp } from './formats';

describe('time formats', () => {
  it.each(['2021-11-08T09:30:00+02:00', '2021-11-08T07:30:00Z', '2021-11-08T09:30+02:00', '2024-02-29T00:00:00.123Z'])(
    'accepts %s',
    (value) => expect(isTimestamp(value)).toBe(true),
  );
  it.each(['2021-11-08', '2021-11-08T09:30:00', '2021-02-30T09:30:00Z', '2021-11-08T25:00:00Z', 'yesterday', 42, null])(
    'refuses %p',
    (value) => expect(isTimestamp(value)).toBe(false),
  );
  it('accepts a real day and refuses an impossible one', () => {
    expect(isCalendarDay('2022-03-31')).toBe(true);
    expect(isCalendarDay('2022-02-29')).toBe(false);
    expect(isCalendarDay('2022-3-31')).toBe(false);
  });
});

describe('the dates the API takes', () => {
  it('given a time or a day before 1900, refuses it; from 1900, takes it', () => {
    expect(isTimestamp('1899-12-31T23:59:59Z')).toBe(false);
    expect(isTimestamp('1900-01-01T00:00:00Z')).toBe(true);
    expect(isCalendarDay('1899-12-31')).toBe(false);
    expect(isCalendarDay('1900-01-01')).toBe(true);
  });
});
