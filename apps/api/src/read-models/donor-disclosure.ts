import { Injectable } from '@nestjs/common';
import { cellKeySecretFrom, donorDisclosure, type DisclosureRule } from '@casetrail/reporting';
import { LedgerKeys } from '../ledger/ledger-keys';

/** The disclosure rule every donor-facing figure goes through (docs/disclosure.md), built once. */
@Injectable()
export class DonorDisclosure {
  readonly rule: DisclosureRule;

  constructor(ledgerKeys: LedgerKeys) {
    // Every process that signs this log holds its key, so every one rounds a donor's figures alike (docs/disclosure.md).
    this.rule = donorDisclosure(cellKeySecretFrom(ledgerKeys.signing.signerKey));
  }
}
