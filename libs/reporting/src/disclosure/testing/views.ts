import { governmentActionReport } from '../../government-action-report';
import type { DisclosureRule } from '../disclosure-rule';
import type { DonorView } from './donor-observations';
import { singleCellSuppression } from './single-cell-suppression';

/** What a donor gets under the rule. */
export const ruleView = (rule: DisclosureRule): DonorView => (events, period, knownAt) => governmentActionReport(events, period, knownAt, rule);

/** What a donor got under the old rule (the control). */
export const singleCellView: DonorView = (events, period, knownAt) => {
  const report = governmentActionReport(events, period, knownAt, null);
  return { ...report, ...singleCellSuppression(report), previous: { ...report.previous, ...singleCellSuppression(report.previous) } };
};
