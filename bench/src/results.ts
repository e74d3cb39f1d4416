import type { Outcome } from './outcome';
import type { SystemName } from './systems/system';
import type { ApiResult } from './workloads/http-api';
import type { AppendsResult } from './workloads/appends';
import type { LedgerResult } from './workloads/ledger';
import type { RebuildResult } from './workloads/rebuild';
import type { TimeTravelResult } from './workloads/time-travel';

/** Everything one run measured, each system's figures from its own child process. */
export interface RunResults {
  readonly run: number;
  /** The order the systems ran in (rotated each run, so none always goes first). */
  readonly order: readonly SystemName[];
  readonly loadAverage: { readonly start: number[]; readonly end: number[] };
  readonly appends: Partial<Record<SystemName, Outcome<AppendsResult>>>;
  readonly timeTravel: Partial<Record<SystemName, Outcome<TimeTravelResult>>>;
  readonly rebuild?: Outcome<RebuildResult>;
  readonly api?: Outcome<ApiResult>;
  readonly ledger?: Outcome<LedgerResult>;
}
