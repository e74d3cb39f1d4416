/**
 * The case changed since the caller read it: 412 when the caller sent If-Match (their version is
 * stale), 409 when the command lost every retry against concurrent writers.
 */
export class VersionConflict extends Error {
  override readonly name = 'VersionConflict';
  constructor(
    readonly caseId: string,
    readonly withIfMatch: boolean,
  ) {
    super(`case ${caseId} changed since the version you read; read it again`);
  }
}

/** If-Match in one place: the command applies only to the case at exactly the version the caller read. */
export function assertIfMatch(caseId: string, ifMatch: number | null, version: number): void {
  if (ifMatch !== null && ifMatch !== version) throw new VersionConflict(caseId, true);
}
