import { instantOf, lesothoDateOf, lesothoTimestampOf } from '@casetrail/domain';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { lesothoDateSql, lesothoTimestampSql } from './lesotho-sql';

const MOMENTS = [
  '2021-11-12T21:59:59Z', '2021-11-12T22:00:00Z', '2021-12-31T23:00:00+02:00', '2024-02-28T22:00:00Z',
  '1999-12-31T22:00:00Z', '2022-03-31T23:59:59.999+02:00', '2021-11-08T09:30:00-11:30',
];

describe('the Lesotho day and time in SQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(1);
  });
  afterAll(() => db.close());

  it.each(MOMENTS)('given %s, then PostgreSQL names the same Lesotho date and time as the domain', async (moment) => {
    const { rows } = await db.pool.query<{ date: string; time: string }>(
      `SELECT ${lesothoDateSql('$1::timestamptz')}::text AS date, ${lesothoTimestampSql('$1::timestamptz')} AS time`,
      [moment],
    );
    expect(rows[0]).toEqual({ date: lesothoDateOf(moment), time: lesothoTimestampOf(instantOf(moment)) });
  });
});
