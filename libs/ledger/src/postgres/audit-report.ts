/** Where an audit stands, reported after each page of events. */
export interface AuditProgress {
  readonly events: number;
  /** Events in the log when the audit began (more may be appended while it runs). */
  readonly total: number;
  readonly checkpointsVerified: number;
}

/** Why the log does not verify; `eventId` names the first bad event when one event is to blame. */
export interface AuditFailure {
  readonly eventId: string | null;
  readonly leafIndex: number | null;
  readonly reason: string;
}

export interface AuditReport {
  /** Events recomputed into leaves. */
  readonly events: number;
  /** Signed checkpoints checked (stored and kept), and how many distinct tree sizes among them were matched against the recomputed tree. */
  readonly checkpoints: number;
  readonly treeSizesVerified: number;
  readonly largestCheckpoint: number | null;
  readonly failure: AuditFailure | null;
}

/** The failure that concerns the earlier leaf (one not tied to a leaf comes last); at the same leaf, both reasons. */
export function earliest(a: AuditFailure | null, b: AuditFailure | null): AuditFailure | null {
  if (!a || !b) return a ?? b;
  const [first, second] = (b.leafIndex ?? Infinity) < (a.leafIndex ?? Infinity) ? [b, a] : [a, b];
  if (first.leafIndex === null || first.leafIndex !== second.leafIndex) return first;
  return { ...second, reason: `${second.reason}\n${first.reason}` };
}
