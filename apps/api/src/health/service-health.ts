import { Inject, Injectable } from '@nestjs/common';
import type { Database, StallReport } from '@casetrail/database';
import type { EventStore } from '@casetrail/event-store';
import { LedgerSealer, WitnessSubmitter } from '@casetrail/ledger';
import { ProjectionRunner } from '@casetrail/projections';
import { DATABASE, EVENT_STORE } from '../config/tokens';

/** A follower that cannot get past an event: which, the event, why, since when, after how many tries. */
export type FailingComponent = StallReport;

/** A witness of CASETRAIL_WITNESSES: the largest checkpoint it cosigned; `behind` while it failed to cosign the latest. */
export interface WitnessHealth {
  name: string;
  url: string;
  cosignedTreeSize: number;
  behind: boolean;
}

/** What `GET /health` answers while the store answers. */
export interface Health {
  /** `degraded`: the service serves, but a follower in this process cannot get past an event (see `failing`). */
  status: 'ok' | 'degraded';
  database: 'embedded' | 'postgres';
  /** What keeps the events: `postgres` or `eventstoredb`. */
  eventStore: string;
  /** Null where the event store cannot count cheaply (EventStoreDB). */
  events: number | null;
  projections: { name: string; generation: number | null; eventsBehind: number | null }[];
  ledger: { treeSize: number; eventsNotSealed: number | null };
  /** Each configured witness (none when CASETRAIL_WITNESSES is unset); one behind is also in `failing`. */
  witnesses: WitnessHealth[];
  failing: FailingComponent[];
}

/** Reads the state of the store and of the followers (projections, ledger sealer) running in this process. */
@Injectable()
export class ServiceHealth {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
    private readonly sealer: LedgerSealer,
    private readonly witnessSubmitter: WitnessSubmitter,
  ) {}

  /** Throws when the store or the database does not answer. */
  async read(): Promise<Health> {
    const events = await this.store.countAfter(null);
    const lag = await this.runner.lag();
    const sealed = await this.sealer.sealedTree();
    const witnesses = this.witnessSubmitter.status();
    const failing = [
      ...this.runner.stalls(),
      ...(this.sealer.stall ? [this.sealer.stall] : []),
      ...witnesses.flatMap((witness) => (witness.failing ? [witness.failing] : [])),
    ];
    return {
      status: failing.length > 0 ? 'degraded' : 'ok',
      database: this.database.embedded ? 'embedded' : 'postgres',
      eventStore: this.store.backend,
      events,
      projections: lag.map((l) => ({ name: l.projection, generation: l.generation, eventsBehind: l.eventsBehind })),
      ledger: { treeSize: sealed.size, eventsNotSealed: await this.store.countAfter(sealed.lastPosition) },
      witnesses: witnesses.map((w) => ({ name: w.name, url: w.url, cosignedTreeSize: w.treeSize, behind: w.failing !== null })),
      failing,
    };
  }
}
