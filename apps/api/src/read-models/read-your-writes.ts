import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@casetrail/event-store';
import { ProjectionRunner } from '@casetrail/projections';
import { EVENT_STORE } from '../config/tokens';
import { ApiError } from '../http/api-error';

const WAIT_MS = 5_000;
const STEP_MS = 20;

/**
 * `?minPosition=` on a read-model query: wait (up to 5 s) until the projections have applied the
 * event at that position, so a client reads its own writes.
 */
@Injectable()
export class ReadYourWrites {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
  ) {}

  async waitFor(minPosition: string | undefined): Promise<void> {
    if (minPosition === undefined) return;
    if (!/^\d{1,15}$/.test(minPosition)) {
      throw new ApiError(400, 'VALIDATION_FAILED', 'minPosition must be a position returned by a command');
    }
    const target = await this.store.globalPositionAt(BigInt(minPosition));
    if (!target) throw new ApiError(404, 'POSITION_NOT_FOUND', `no event is stored at position ${minPosition}`);
    const deadline = Date.now() + WAIT_MS;
    this.runner.wake();
    while (!(await this.runner.hasReached(target))) {
      if (Date.now() > deadline) {
        throw new ApiError(503, 'READ_MODEL_BEHIND', `the read models have not reached position ${minPosition} yet; retry`);
      }
      await new Promise((resolve) => setTimeout(resolve, STEP_MS));
    }
  }
}
