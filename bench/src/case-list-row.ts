import type { Outcome } from './outcome';
import type { Row } from './report';
import type { CaseListResult } from './workloads/case-list';

/** p99 a case-list page must stay under (issue #16). */
export const CASE_LIST_P99_MS = 50;

/**
 * The table's rows for the case list: the p99 of a filtered first page and of a deep cursor page. A wrong
 * answer (the walk missing or repeating a case, a page not the expected one) fails; a quick run is too
 * small for its latency to mean anything, so it is checked for answers only.
 */
export function caseListRows(outcome: Outcome<CaseListResult>, quick: boolean): Row[] {
  const unit = 'ms per page (p50; p99), one request at a time';
  const base = { unit, raw: 'n/a', emmett: 'n/a', comparison: '', target: quick ? 'right answers (quick)' : `p99 < ${CASE_LIST_P99_MS} ms` };
  if (!outcome.ok) {
    const casetrail = `error: ${outcome.error.split('\n')[0]}`;
    return [{ ...base, workload: '10. Case list (GET /v1/cases)', casetrail, verdict: 'FAILED' }];
  }
  const r = outcome.result;
  const cases = r.cases.toLocaleString('en-US');
  const verdict = (p99: number) => (quick ? 'n/a' : p99 < CASE_LIST_P99_MS ? 'met' : 'missed');
  const figure = (p: { p50Ms: number; p99Ms: number; items: number }) => `${p.p50Ms.toFixed(1)}; ${p.p99Ms.toFixed(1)} (${p.items} items)`;
  const walked = `walk of ${r.walk.pages} pages of 500 saw each case once`;
  return [
    {
      ...base, workload: `10a. Case list of ${cases} cases: filtered first page (${r.filteredFirstPage.query})`,
      casetrail: `${figure(r.filteredFirstPage)}; ${walked}`, verdict: verdict(r.filteredFirstPage.p99Ms),
    },
    {
      ...base, workload: `10b. Case list of ${cases} cases: cursor page at case ${r.deepCursorPage.depth.toLocaleString('en-US')}`,
      casetrail: figure(r.deepCursorPage), verdict: verdict(r.deepCursorPage.p99Ms),
    },
  ];
}
