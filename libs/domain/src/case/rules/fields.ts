import { isTimestamp } from '../../time';
import type { CaseEvent } from '../events';
import { fieldsOf } from '../event-fields';
import { refuse } from '../refusals';

/** Every field of the event's data is present and of its kind. */
export function admitFields(event: CaseEvent): void {
  const data: Readonly<Record<string, unknown>> = event.data;
  for (const [field, spec] of Object.entries(fieldsOf(event.type))) {
    if (!spec.accepts(data[field])) refuse('INVALID_VALUE', `${event.type}.${field} must be ${spec.expected}`);
  }
}

/** The server time on the command is a real timestamp. */
export function admitNow(now: string): void {
  if (!isTimestamp(now)) refuse('INVALID_VALUE', 'metadata.now must be an ISO 8601 time with an offset');
}
