import { Injectable } from '@nestjs/common';
import { CheckpointSigner, LedgerSealer, type StoredCheckpoint } from '@casetrail/ledger';
import { ApiError } from '../http/api-error';
import { SharedFreshRun } from './shared-fresh-run';

/** The checkpoint clients are given: the latest signed with the service's key, the first one signed on demand. */
@Injectable()
export class CurrentCheckpoint {
  /** Reports asked after writes all want a fresh checkpoint: those asking at once share one seal and signature. */
  private readonly signing = new SharedFreshRun(() => this.sealAndSign());

  constructor(
    private readonly signer: CheckpointSigner,
    private readonly sealer: LedgerSealer,
  ) {}

  async get(): Promise<StoredCheckpoint> {
    const current = await this.signer.current();
    if (current) return current;
    // None yet: seal what is committed (usually a few events just after the first start), then sign.
    await this.sealer.sealPending();
    const signed = await this.signer.current();
    if (!signed) throw ledgerEmpty();
    return signed;
  }

  /** A checkpoint of everything committed so far, signed now (the latest one when nothing was recorded since). */
  signNow(): Promise<StoredCheckpoint> {
    return this.signing.run();
  }

  private async sealAndSign(): Promise<StoredCheckpoint> {
    await this.sealer.sealPending();
    if ((await this.sealer.sealedTree()).size === 0) throw ledgerEmpty();
    return this.signer.signCheckpoint();
  }
}

const ledgerEmpty = () => new ApiError(404, 'LEDGER_EMPTY', 'no event has been recorded yet, so the ledger has no checkpoint');
