/** The event has no leaf in the tree asked about (not sealed yet, or sealed after that size). */
export class EventNotSealedError extends Error {
  override readonly name = 'EventNotSealedError';
  constructor(
    readonly eventId: string,
    readonly treeSize: number | null,
  ) {
    super(
      treeSize === null
        ? `event ${eventId} is not sealed in the ledger (yet)`
        : `event ${eventId} is not among the first ${treeSize} leaves of the ledger`,
    );
  }
}

/** A tree size beyond what the sealer has sealed so far. */
export class TreeSizeNotSealedError extends Error {
  override readonly name = 'TreeSizeNotSealedError';
  constructor(
    readonly requested: number,
    readonly sealed: number,
  ) {
    super(`the ledger has sealed ${sealed} events; there is no tree of size ${requested} yet`);
  }
}

/** The signer will not sign a tree that does not extend the last checkpoint signed: it would fork the log. */
export class InconsistentTreeError extends Error {
  override readonly name = 'InconsistentTreeError';
}
