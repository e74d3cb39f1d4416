import type { RecordedEvent } from '@casetrail/event-store';

/** What an EventCorrected event says, as a read model reads it. */
export interface CorrectionOf {
  readonly correctedEventId: string;
  readonly correctedType: string;
  readonly changes: Readonly<Record<string, unknown>>;
}

export function correctionOf(event: RecordedEvent): CorrectionOf {
  const data = event.data as { correctedEventId: string; correctedType: string; changes: Record<string, unknown> };
  return { correctedEventId: String(data.correctedEventId).toLowerCase(), correctedType: data.correctedType, changes: data.changes ?? {} };
}
