/** The CLI's public entry for tests outside apps/cli: its commands as functions of their arguments. */
export { ledgerVerifyInclusion } from './ledger/ledger-verify';
export { ledgerVerifyExport } from './ledger/ledger-verify-export';
export { witnessKeygen, witnessServe } from './witness/witness-command';
export { claimsVerify } from './claims/claims-verify';
