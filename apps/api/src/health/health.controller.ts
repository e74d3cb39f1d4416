import { Controller, Get, HttpException, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Database } from '@casetrail/database';
import type { EventStore } from '@casetrail/event-store';
import { ProjectionRunner } from '@casetrail/projections';
import { Public } from '../auth/roles.decorator';
import { DATABASE, EVENT_STORE } from '../config/tokens';
import { errorBody } from '../http/error-body';

interface Health {
  status: 'ok';
  database: 'embedded' | 'postgres';
  /** What keeps the events: `postgres` or `eventstoredb`. */
  eventStore: string;
  /** Null where the event store cannot count cheaply (EventStoreDB). */
  events: number | null;
  projections: { name: string; generation: number | null; eventsBehind: number | null }[];
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'The store and the read models answer; `projections` shows each one\'s lag' })
  @ApiServiceUnavailableResponse({ description: 'STORE_UNAVAILABLE' })
  async health(): Promise<Health> {
    try {
      const events = await this.store.countAfter(null);
      const lag = await this.runner.lag();
      return {
        status: 'ok',
        database: this.database.embedded ? 'embedded' : 'postgres',
        eventStore: this.store.backend,
        events,
        projections: lag.map((l) => ({ name: l.projection, generation: l.generation, eventsBehind: l.eventsBehind })),
      };
    } catch {
      throw new HttpException(errorBody(503, 'STORE_UNAVAILABLE', 'the event store or the read models do not answer'), 503);
    }
  }
}
