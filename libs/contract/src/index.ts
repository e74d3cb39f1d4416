// The public contract (api.md is its prose), declared once for the service that answers and the web page that
// reads: its enumerations, and its answers as types. It imports nothing, so the page needs none of the
// service's libraries to use it.
export * from './enumerations';
export * from './flag-kinds';
export * from './lists';
export type * from './case-view';
export type * from './claims';
export type * from './ledger-proofs';
export type * from './timeline';
