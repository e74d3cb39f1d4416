import { Ledger1732800000300 } from './1732800000300-ledger';
import { LedgerLeafParts1733200000001 } from './1733200000001-ledger-leaf-parts';
import { LedgerCosignatures1734500000001 } from './1734500000001-ledger-cosignatures';

/** The ledger's schema, run after the event store's migrations. */
export const LEDGER_MIGRATIONS = [Ledger1732800000300, LedgerLeafParts1733200000001, LedgerCosignatures1734500000001];
export { Ledger1732800000300, LedgerLeafParts1733200000001, LedgerCosignatures1734500000001 };
