import { useEffect } from 'react';

/** The moment the first chart was on screen, for `npm run measure:web` (read with performance.getEntriesByName). */
export const FIRST_CHART_MARK = 'casetrail:first-chart';

export function useFirstChartMark(ready: boolean): void {
  useEffect(() => {
    if (ready && performance.getEntriesByName(FIRST_CHART_MARK).length === 0) performance.mark(FIRST_CHART_MARK);
  }, [ready]);
}
