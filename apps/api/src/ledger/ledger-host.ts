import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { CheckpointSigner, LedgerSealer, WitnessSubmitter } from '@casetrail/ledger';
import { CaseEventRecorded } from '../cases/case-event-recorded';
import type { LedgerConfiguration } from '@casetrail/config';
import { LEDGER_CONFIGURATION } from '../config/tokens';
import { LedgerKeys } from './ledger-keys';

/** Seals the event log into the ledger, signs a checkpoint at an interval and has witnesses cosign it, inside the API process. */
@Injectable()
export class LedgerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Ledger');
  private timer: NodeJS.Timeout | null = null;
  private signing: Promise<void> = Promise.resolve();

  constructor(
    private readonly sealer: LedgerSealer,
    private readonly signer: CheckpointSigner,
    private readonly keys: LedgerKeys,
    private readonly witnesses: WitnessSubmitter,
    @Inject(LEDGER_CONFIGURATION) private readonly config: LedgerConfiguration,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.runSealer) return;
    this.sealer.start();
    this.witnesses.start();
    this.timer = setInterval(() => this.signIfGrown(), this.config.checkpointIntervalMs);
    this.timer.unref();
    this.logger.log({
      msg: 'sealing the event log into the ledger',
      origin: this.keys.origin,
      verifierKey: this.keys.verifierKey,
      checkpointEverySeconds: this.config.checkpointIntervalMs / 1000,
      witnesses: this.config.witnesses.map((w) => w.name),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.sealer.stop();
    if (this.config.runSealer) this.signIfGrown(); // what was sealed last is covered by a signature too
    await this.signing;
    await this.witnesses.stop();
  }

  /** One signing at a time; a failure is logged and the next tick tries again. */
  private signIfGrown(): void {
    this.signing = this.signing
      .then(() => this.signer.signIfGrown())
      .then(
        (signed) => {
          if (signed) this.logger.log({ msg: 'signed a ledger checkpoint', treeSize: signed.treeSize });
        },
        (error: unknown) => this.logger.error({ msg: 'could not sign a ledger checkpoint', error: String(error) }),
      );
  }
}

/** A command stored events in this process: the sealer looks at once instead of at its next poll. */
@EventsHandler(CaseEventRecorded)
export class WakeLedgerSealer implements IEventHandler<CaseEventRecorded> {
  constructor(private readonly sealer: LedgerSealer) {}

  handle(): void {
    this.sealer.wake();
  }
}
