/** A correction of a timeline's event, in the order corrections were recorded. */
export interface TimelineCorrection {
  readonly eventId: string;
  readonly recordedAt: string;
  readonly reason: unknown;
  readonly changes: unknown;
}

/** One event of `GET /v1/cases/:caseId/timeline`: personal details only as `{ sealed: true, fields }`. */
export interface TimelineEntry {
  readonly eventId: string;
  readonly type: string;
  readonly version: number;
  readonly position: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: { readonly userId: string; readonly role: string };
  readonly correlationId: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly correctedBy: readonly TimelineCorrection[];
}

export interface TimelineAnswer {
  readonly caseId: string;
  readonly version: number;
  readonly events: readonly TimelineEntry[];
}
