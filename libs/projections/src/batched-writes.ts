import type { PoolClient, QueryResult, QueryResultRow } from 'pg';

// pg's own conversion of a parameter to its text form (what it would send for $n); pg's types omit it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { prepareValue } = require('pg/lib/utils') as { prepareValue: (value: unknown) => string | Buffer | null };

/**
 * The client a projection writes a batch through: its writes are held and sent to PostgreSQL as one
 * multi-statement query (one round trip instead of one per statement), and a read sends what is held
 * first, so it sees every earlier write of the batch; so does a bulk write (one given arrays, such as a
 * multi-row upsert), which is then sent on its own with its parameters. Held parameters are inlined as
 * escaped literals of unknown type, as pg sends them: PostgreSQL infers each one's type from its place,
 * as it does for $n (so a statement must not hold `$n` inside a string literal of its own).
 */
export class BatchedWrites {
  private held: string[] = [];

  constructor(private readonly client: PoolClient) {}

  async query<R extends QueryResultRow = QueryResultRow>(text: string, values: readonly unknown[] = []): Promise<QueryResult<R>> {
    // Inlining thousands of values as one literal costs PostgreSQL more to parse than a round trip.
    if (/^\s*(SELECT|WITH)\b/i.test(text) || values.some(Array.isArray)) {
      await this.flush();
      return this.client.query<R>(text, values as unknown[]);
    }
    this.held.push(this.inline(text, values));
    return { rows: [], rowCount: null, command: '', oid: 0, fields: [] };
  }

  /** Sends every held write, in order. */
  async flush(): Promise<void> {
    if (this.held.length === 0) return;
    const statements = this.held.join(';\n');
    this.held = [];
    await this.client.query(statements);
  }

  private inline(text: string, values: readonly unknown[]): string {
    return text.replace(/\$(\d+)/g, (_, n: string) => this.literal(values[Number(n) - 1]));
  }

  private literal(value: unknown): string {
    const text = prepareValue(value);
    return text === null ? 'NULL' : this.client.escapeLiteral(typeof text === 'string' ? text : text.toString('utf8'));
  }
}
