import type { Count as CountValue } from '../api/types';
import { strings } from '../strings';

/**
 * A figure as the API gave it: a number; where it was suppressed (null in a suppressible figure of an answer
 * that says `suppressedBelow`), "fewer than N", never 0, which would be a false figure; any other null (a median
 * of nothing) or a figure this answer does not have, a dash.
 */
export function Count({ value, suppressedBelow }: { value: CountValue | undefined; suppressedBelow: number | undefined }) {
  if (value === null && suppressedBelow) {
    return <span className="suppressed" data-suppressed="true">{strings.report.suppressed(suppressedBelow)}</span>;
  }
  if (value === null || value === undefined) return <span className="absent">–</span>;
  return <span data-value={value}>{value.toLocaleString('en')}</span>;
}
