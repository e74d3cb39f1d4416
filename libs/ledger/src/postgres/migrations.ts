import { Ledger1732800000300 } from './1732800000300-ledger';
import { LedgerLeafParts1733200000001 } from './1733200000001-ledger-leaf-parts';

/** The ledger's schema, run after the event store's migrations. */
export const LEDGER_MIGRATIONS = [Ledger1732800000300, LedgerLeafParts1733200000001];
export { Ledger1732800000300, LedgerLeafParts1733200000001 };
