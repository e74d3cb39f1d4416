/** The Idempotency-Key was used before for another request (another body, path or method). */
export class IdempotencyKeyReused extends Error {
  override readonly name = 'IdempotencyKeyReused';
  constructor() {
    super('this Idempotency-Key was used for another request');
  }
}

/** Another request with this Idempotency-Key is still being decided, for longer than a request waits. */
export class IdempotencyKeyInUse extends Error {
  override readonly name = 'IdempotencyKeyInUse';
  constructor() {
    super('a request with this Idempotency-Key is still in progress; retry shortly');
  }
}
