import type { SummonsStatus } from '@casetrail/contract';
import { lesothoDateOf } from '../time';
import type { SummonsRecord } from './state';

/** A summons' status at a moment: `overdue` once its return date has passed (Lesotho time) unserved. */
export function summonsStatusAt(summons: Pick<SummonsRecord, 'status' | 'returnDate'>, at: string): SummonsStatus {
  if (summons.status === 'served') return 'served';
  return lesothoDateOf(at) > summons.returnDate ? 'overdue' : summons.status;
}
