import type { ApiSizes } from './workloads/http-api';
import type { AppendSizes } from './workloads/appends';
import type { CaseListSizes } from './workloads/case-list';
import type { ClaimBundleSizes } from './workloads/claim-bundle';
import type { CsvExportSizes } from './workloads/csv-export';
import type { LedgerSizes } from './workloads/ledger';
import type { RebuildSizes } from './workloads/rebuild';
import type { TimeTravelSizes, TimeTravelStore } from './workloads/time-travel';
import type { SystemName } from './systems/system';

/** What one child process is asked to do, on the fresh database at `url`. */
export type Job =
  | { readonly kind: 'appends'; readonly system: SystemName; readonly url: string; readonly sizes: AppendSizes }
  | { readonly kind: 'time-travel'; readonly system: SystemName; readonly url: string; readonly sizes: TimeTravelSizes; readonly built: TimeTravelStore | null }
  | { readonly kind: 'rebuild'; readonly system: 'casetrail'; readonly url: string; readonly sizes: RebuildSizes; readonly loaded: boolean }
  | { readonly kind: 'api'; readonly system: 'casetrail'; readonly url: string; readonly sizes: ApiSizes }
  | { readonly kind: 'ledger'; readonly system: 'casetrail'; readonly url: string; readonly sizes: LedgerSizes; readonly firstRun: boolean }
  | { readonly kind: 'csv-export'; readonly system: 'casetrail'; readonly sizes: CsvExportSizes }
  | { readonly kind: 'case-list'; readonly system: 'casetrail'; readonly url: string; readonly sizes: CaseListSizes }
  | { readonly kind: 'claim-bundle'; readonly system: 'casetrail'; readonly sizes: ClaimBundleSizes };

export type JobReply = { readonly ok: true; readonly result: unknown } | { readonly ok: false; readonly error: string };
