export { CASE_EVENT_DISCLOSURE, disclosureOf, HIDDEN, type CaseEventDisclosure, type FieldDisclosure } from './case-disclosure';
export { leafTime } from './leaf-time';
export { entryBytes, LEAF_FORMAT_VERSION, ledgerLeaf, type LedgerLeaf } from './ledger-leaf';
export { openLedgerEntry, opensCommitment, type OpenedEntry } from './open-entry';
export { newLeafSalt, PRIVATE_COMMITMENT_DOMAIN, privateCommitment, privatePartBytes, SALT_SIZE } from './private-part';
export { publicPartOf, type CasePublicPart, type ClaimPublicPart, type PublicPart } from './public-part';
