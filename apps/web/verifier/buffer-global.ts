import { Buffer } from 'buffer';

// libs/ledger's encoding reads Node's global Buffer; the page gives it the same API before the ledger loads.
const scope = globalThis as { Buffer?: unknown };
scope.Buffer ??= Buffer;
