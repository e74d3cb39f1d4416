import type { CheckpointSigner } from './checkpoint-signer';
import type { LedgerSealer } from './ledger-sealer';
import { SigningAtLeast } from './signing-at-least';

/**
 * How far the ledger is from a checkpoint covering some events (a report's): `signed` names it; `unsealed`: the
 * sealer has not reached `through` yet; `unsigned`: all is sealed, no checkpoint of `size` leaves signed yet;
 * `empty`: nothing was ever recorded. `through` is handed back to the next look.
 */
export type Coverage<C> = { readonly through: string } & (
  | { readonly kind: 'signed'; readonly checkpoint: C }
  | { readonly kind: 'unsealed' }
  | { readonly kind: 'unsigned'; readonly size: number }
  | { readonly kind: 'empty' }
);

export interface CoveringCheckpointOptions {
  /** How long to wait before answering null (ms). */
  readonly waitMs: number;
  /** The sealer runs in this process (woken, and looked at after each step); otherwise another seals and this polls. */
  readonly sealerRunsHere: boolean;
}

/** How often to look again when no sealer runs in this process to say it sealed something (ms). */
const POLL_MS = 50;

/**
 * Waits, bounded, for a signed checkpoint that covers what a caller (a report) counted: wakes the background
 * sealer and looks again after each of its steps, then has the tree signed once for every caller waiting on it.
 * A caller never seals, and signs only through the shared signing; past the bound it gets null.
 */
export class CoveringCheckpoint {
  private readonly signing: SigningAtLeast;

  constructor(
    private readonly sealer: LedgerSealer,
    signer: CheckpointSigner,
    private readonly options: CoveringCheckpointOptions,
  ) {
    this.signing = new SigningAtLeast(() => signer.signCheckpoint());
  }

  /**
   * `look` says how far the ledger is from covering the caller's events (each look a fresh read; from the second
   * on, given the `through` the first one answered, so later writes are not waited for); null once the bound passes.
   */
  async of<C>(look: (through: string | null) => Promise<Coverage<C>>): Promise<C | null> {
    const deadline = Date.now() + this.options.waitMs;
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
    if (!this.options.sealerRunsHere) return sleep(POLL_MS);
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
