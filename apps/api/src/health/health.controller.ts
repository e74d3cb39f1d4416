import { Controller, Get, HttpException, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Database } from '@casetrail/database';
import { ProjectionRunner } from '@casetrail/projections';
import { Public } from '../auth/roles.decorator';
import { DATABASE } from '../config/tokens';
import { errorBody } from '../http/error-body';

interface Health {
  status: 'ok';
  database: 'embedded' | 'postgres';
  events: number;
  projections: { name: string; generation: number | null; eventsBehind: number }[];
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly runner: ProjectionRunner,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'The store and the read models answer; `projections` shows each one\'s lag' })
  @ApiServiceUnavailableResponse({ description: 'STORE_UNAVAILABLE' })
  async health(): Promise<Health> {
    try {
      const { rows } = await this.database.pool.query<{ n: string }>('SELECT count(*) AS n FROM events');
      const lag = await this.runner.lag();
      return {
        status: 'ok',
        database: this.database.embedded ? 'embedded' : 'postgres',
        events: Number(rows[0]?.n ?? 0),
        projections: lag.map((l) => ({ name: l.projection, generation: l.generation, eventsBehind: l.eventsBehind })),
      };
    } catch {
      throw new HttpException(errorBody(503, 'STORE_UNAVAILABLE', 'the event store or the read models do not answer'), 503);
    }
  }
}
