import { instantOf, type CaseEventOf, type CaseEventType, type StoredCaseEvent } from '@casetrail/domain';

/** One event of a case, typed by its `type`. */
export type EventOf<T extends CaseEventType> = Readonly<{ eventId: string; event: CaseEventOf<T> }>;

/** A case's events (corrections applied) in the order they occurred; ties keep the stream's order. */
export class CaseEvents {
  private readonly inOrder: readonly StoredCaseEvent[];

  constructor(
    readonly caseId: string,
    effective: readonly StoredCaseEvent[],
  ) {
    this.inOrder = effective
      .map((stored, index) => ({ stored, index, at: instantOf(stored.event.data.occurredAt) }))
      .sort((a, b) => a.at - b.at || a.index - b.index)
      .map(({ stored }) => stored);
  }

  /** Every event of these types, in the order they occurred. */
  of<T extends CaseEventType>(...types: readonly T[]): EventOf<T>[] {
    return this.inOrder.filter((e): e is EventOf<T> => (types as readonly CaseEventType[]).includes(e.event.type));
  }

  /** The first event of these types for which `test` holds, if any. */
  first<T extends CaseEventType>(types: readonly T[], test: (e: EventOf<T>) => boolean = () => true): EventOf<T> | undefined {
    return this.of(...types).find(test);
  }
}

/** When an event occurred. */
export const at = (e: StoredCaseEvent): string => e.event.data.occurredAt;
