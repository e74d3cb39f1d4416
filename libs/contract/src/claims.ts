/**
 * A claim of the register with its assertions as `Assertion`: as recorded (the read model), or evaluated for
 * the caller (`GET /v1/claims`, `GET /v1/claims/:claimId`).
 */
export interface ClaimOf<Assertion> {
  readonly claimId: string;
  readonly eventId: string;
  readonly madeAt: string;
  readonly madeBy: string;
  readonly source: string;
  readonly statement: string;
  readonly recordedAt: string;
  readonly assertions: readonly Assertion[];
}
