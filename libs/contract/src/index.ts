// The public contract's answers as types (api.md is its prose): declared once, for the service that answers
// and the web page that reads. Types only, importing nothing: `import type` of it costs nothing at run time,
// and the page's compiler needs none of the service's libraries to read it.
export type * from './claims';
export type * from './ledger-proofs';
export type * from './timeline';
