export const CONFIGURATION = Symbol('Configuration');
export const DATABASE = Symbol('Database');
export const EVENT_STORE = Symbol('EventStore');
export const CLOCK = Symbol('Clock');
export const LEDGER_CONFIGURATION = Symbol('LedgerConfiguration');
