import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { ProjectionRunner } from '@casetrail/projections';
import { CaseEventRecorded } from '../cases/case-event-recorded';
import type { Configuration } from '@casetrail/config';
import { CONFIGURATION } from '../config/tokens';

/** Runs the projections inside the API process (unless they run in `apps/projector`). */
@Injectable()
export class ProjectionHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');

  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(CONFIGURATION) private readonly config: Configuration,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.runProjections) return;
    await this.runner.start();
    this.logger.log({ msg: 'following the event log', projections: this.runner.projections.map((p) => p.name) });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }
}

/** A command stored events in this process: the projections look at once instead of at their next poll. */
@EventsHandler(CaseEventRecorded)
export class WakeProjections implements IEventHandler<CaseEventRecorded> {
  constructor(private readonly runner: ProjectionRunner) {}

  handle(): void {
    this.runner.wake();
  }
}
