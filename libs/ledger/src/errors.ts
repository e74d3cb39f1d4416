/** A value cannot be written as RFC 8785 canonical JSON (the path says where, as `$.a[2]`). */
export class CanonicalJsonError extends TypeError {
  override readonly name = 'CanonicalJsonError';
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

/** Text that is not a well-formed signed note, checkpoint, or key string. */
export class MalformedError extends Error {
  override readonly name = 'MalformedError';
}

/** A well-formed note whose signatures do not establish it: a known key's signature is bad, or no known key signed. */
export class NoteVerificationError extends Error {
  override readonly name = 'NoteVerificationError';
}

/** A node source could not supply a subtree hash a proof needs. */
export class MissingNodeError extends Error {
  override readonly name = 'MissingNodeError';
  constructor(
    readonly level: number,
    readonly index: number,
  ) {
    super(`no stored hash for node level ${level} index ${index}`);
  }
}
