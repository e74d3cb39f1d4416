import { Inject, Injectable } from '@nestjs/common';
import { CheckpointSigner, LedgerSealer } from '@casetrail/ledger';
import type { CheckpointRef, ReportCoverage } from '@casetrail/read-models';
import type { LedgerConfiguration } from '@casetrail/config';
import { LEDGER_CONFIGURATION } from '../config/tokens';
import { SigningAtLeast } from './signing-at-least';

/** How often to look again when no sealer runs in this process to say it sealed something (ms). */
const POLL_MS = 50;

/**
 * Waits, bounded, for a signed checkpoint that covers what a report counted: wakes the background sealer and
 * looks again after each of its steps, then has the tree signed once for every report waiting on it. A report
 * never seals, and signs only through the shared signing; past the bound it names no checkpoint.
 */
@Injectable()
export class CoveringCheckpoint {
  private readonly signing: SigningAtLeast;

  constructor(
    private readonly sealer: LedgerSealer,
    signer: CheckpointSigner,
    @Inject(LEDGER_CONFIGURATION) private readonly config: LedgerConfiguration,
  ) {
    this.signing = new SigningAtLeast(() => signer.signCheckpoint());
  }

  /**
   * `look` says how far the ledger is from covering the report (each look a fresh read; from the second on, given
   * the `through` the first one answered, so later writes are not waited for); null once the bound passes.
   */
  async of(look: (through: string | null) => Promise<ReportCoverage>): Promise<CheckpointRef | null> {
    const deadline = Date.now() + this.config.reportCheckpointWaitMs;
    let through: string | null = null;
    for (;;) {
      const coverage = await look(through);
      through = coverage.through;
      if (coverage.kind === 'signed') return coverage.checkpoint;
      const left = deadline - Date.now();
      if (coverage.kind === 'empty' || left <= 0) return null;
      if (coverage.kind === 'unsealed') await within(left, this.sealed());
      else await within(left, this.signing.atLeast(coverage.size));
    }
  }

  /** The sealer's next step here, or a short poll when another process seals. */
  private sealed(): Promise<void> {
    if (!this.config.runSealer) return sleep(POLL_MS);
    const step = this.sealer.nextStep();
    this.sealer.wake();
    return step;
  }
}

/** Waits for `work`, or `ms` if that comes first (the work goes on for whoever else shares it). */
async function within(ms: number, work: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
    timer.unref();
  });
  try {
    await Promise.race([work.then(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });
