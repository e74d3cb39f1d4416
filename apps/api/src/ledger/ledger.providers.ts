import { Logger, type Provider } from '@nestjs/common';
import type { Database } from '@casetrail/database';
import type { EventStore } from '@casetrail/event-store';
import { CheckpointSigner, CoveringCheckpoint, LedgerProofs, LedgerSealer, WitnessSubmitter } from '@casetrail/ledger';
import type { Clock } from '../clock';
import { CLOCK, DATABASE, EVENT_STORE } from '../config/tokens';
import { CheckpointAnswers } from './checkpoint-answers';
import { CurrentCheckpoint } from './current-checkpoint';
import type { LedgerConfiguration } from '@casetrail/config';
import { LEDGER_CONFIGURATION } from '../config/tokens';
import { LedgerHost, WakeLedgerSealer } from './ledger-host';
import { LedgerKeys } from './ledger-keys';
import { LedgerController } from './ledger.controller';
import { EventsExportController } from './events-export.controller';

export const LEDGER_CONTROLLERS = [LedgerController, EventsExportController];

/** Everything the ledger needs besides DATABASE, EVENT_STORE, CLOCK and LEDGER_CONFIGURATION. */
export const LEDGER_PROVIDERS: Provider[] = [
  {
    provide: LedgerKeys,
    useFactory: (config: LedgerConfiguration) => LedgerKeys.load(config, (msg) => new Logger('Ledger').warn({ msg })),
    inject: [LEDGER_CONFIGURATION],
  },
  {
    provide: LedgerSealer,
    useFactory: (database: Database, store: EventStore) =>
      new LedgerSealer(database.pool, store, {
        ...(database.embedded ? {} : { listenUrl: database.url }),
        onStall: (stall) => new Logger('Ledger').error({ msg: 'the ledger cannot seal an event; retrying with backoff', ...stall }),
        onRecovery: (stall) => new Logger('Ledger').log({ msg: 'the ledger seals again', ...stall }),
        onError: (error) => new Logger('Ledger').error({ msg: 'listening for commits failed; reconnecting', error: String(error) }),
      }),
    inject: [DATABASE, EVENT_STORE],
  },
  {
    provide: WitnessSubmitter,
    useFactory: (database: Database, config: LedgerConfiguration) =>
      new WitnessSubmitter(database.pool, config.witnesses, {
        pollMs: config.checkpointIntervalMs,
        onFailure: (failure) => new Logger('Ledger').error({ msg: 'a witness did not cosign the latest checkpoint; retrying with backoff', ...failure }),
        onRecovery: (failure) => new Logger('Ledger').log({ msg: 'a witness cosigns again', component: failure.component }),
      }),
    inject: [DATABASE, LEDGER_CONFIGURATION],
  },
  {
    provide: CheckpointSigner,
    useFactory: (database: Database, keys: LedgerKeys, clock: Clock, witnesses: WitnessSubmitter) =>
      new CheckpointSigner(database.pool, keys.signing, { now: () => clock.now(), onSigned: () => witnesses.wake() }),
    inject: [DATABASE, LedgerKeys, CLOCK, WitnessSubmitter],
  },
  {
    provide: LedgerProofs,
    useFactory: (database: Database, store: EventStore) => new LedgerProofs(database.pool, store),
    inject: [DATABASE, EVENT_STORE],
  },
  {
    // A report's checkpoint: waits for the background sealer and one signature shared by the reports waiting.
    provide: CoveringCheckpoint,
    useFactory: (sealer: LedgerSealer, signer: CheckpointSigner, config: LedgerConfiguration) =>
      new CoveringCheckpoint(sealer, signer, { waitMs: config.reportCheckpointWaitMs, sealerRunsHere: config.runSealer }),
    inject: [LedgerSealer, CheckpointSigner, LEDGER_CONFIGURATION],
  },
  CurrentCheckpoint,
  CheckpointAnswers,
  LedgerHost,
  WakeLedgerSealer,
];
