import { apiPath } from '../../api/client';

/** The report's address for a period, as known at a moment (null: now). */
export const reportPath = (period: string, knownAt: string | null = null) =>
  apiPath('/v1/reports/government-action', { period, knownAt });
