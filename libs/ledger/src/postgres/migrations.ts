import { Ledger1732800000300 } from './1732800000300-ledger';

/** The ledger's schema, run after the event store's migrations. */
export const LEDGER_MIGRATIONS = [Ledger1732800000300];
export { Ledger1732800000300 };
