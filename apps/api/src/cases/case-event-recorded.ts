import type { RecordedEvent } from '@casetrail/event-store';

/** Published on the in-process event bus after a case event is durably stored. */
export class CaseEventRecorded {
  constructor(readonly event: RecordedEvent) {}
}
