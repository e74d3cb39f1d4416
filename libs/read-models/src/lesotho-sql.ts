import { LESOTHO_UTC_OFFSET } from '@casetrail/domain';

/*
 * The domain's Lesotho day and time (`lesothoDateOf`, `lesothoTimestampOf`) as SQL, for queries that
 * compute over many rows at once. lesotho-sql.int-spec.ts holds them equal to the domain's.
 */
const IN_LESOTHO = `AT TIME ZONE INTERVAL '${LESOTHO_UTC_OFFSET}'`;

/** The Lesotho calendar date of a timestamptz expression. */
export const lesothoDateSql = (timestamptz: string) => `(${timestamptz} ${IN_LESOTHO})::date`;

/** A timestamptz expression as Lesotho local time to the second, with its offset. */
export const lesothoTimestampSql = (timestamptz: string) =>
  `to_char(${timestamptz} ${IN_LESOTHO}, 'YYYY-MM-DD"T"HH24:MI:SS"${LESOTHO_UTC_OFFSET}"')`;
