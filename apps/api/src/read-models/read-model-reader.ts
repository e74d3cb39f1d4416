import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { Database } from '@casetrail/database';
import type { Clock } from '../clock';
import { CLOCK, DATABASE } from '../config/tokens';
import { ReadYourWrites } from './read-your-writes';

/** What a read-model route needs: the read models' database, the time, and `?minPosition=` honoured. */
@Injectable()
export class ReadModelReader {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  get pool(): Pool {
    return this.database.pool;
  }

  /** Waits until the read models have applied `minPosition` (if given), then runs the query as of now. */
  async read<T>(minPosition: string | undefined, query: (pool: Pool, now: string) => Promise<T>): Promise<T> {
    await this.readYourWrites.waitFor(minPosition);
    return query(this.database.pool, this.clock.now().toISOString());
  }
}
