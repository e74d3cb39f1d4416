import type { ApiSizes } from './workloads/http-api';
import type { AppendSizes } from './workloads/appends';
import type { CaseListSizes } from './workloads/case-list';
import type { LedgerSizes } from './workloads/ledger';
import type { RebuildSizes } from './workloads/rebuild';
import type { TimeTravelSizes } from './workloads/time-travel';
import type { WebSizes } from './workloads/web-first-load';

/** How big each workload is and how often the whole round is repeated. */
export interface BenchSettings {
  readonly mode: 'full' | 'quick';
  readonly runs: number;
  readonly appends: AppendSizes;
  readonly rebuild: RebuildSizes;
  readonly timeTravel: TimeTravelSizes;
  readonly api: ApiSizes;
  readonly ledger: LedgerSizes;
  readonly caseList: CaseListSizes;
  readonly web: WebSizes;
  /** Events of each claim bundle's synthetic log (one bundle per size). */
  readonly claimBundleEvents: readonly number[];
}

/** `npm run bench`: the sizes of the issue, three runs (about 15 minutes on 2 cores). */
export const FULL: BenchSettings = {
  mode: 'full',
  runs: 3,
  appends: { singleWriterEvents: 2000, concurrentEvents: 4000, writers: 8, batchedEvents: 30_000, batchSize: 100, streams: 1000, pageSize: 1000, warmUpStreams: 5 },
  rebuild: { cases: 8700, pageSize: 1000, capSeconds: 45 },
  timeTravel: { storeEvents: 1_000_000, storeStreams: 50_000, caseEvents: 200, queries: 500 },
  api: { seedCases: 1000, openCases: 300, fixedRate: 500, seconds: 15, fixedRateConnections: 50, saturationConnections: 25 },
  ledger: { batchSize: 1000, proofs: 500, auditEveryRun: false },
  caseList: { cases: 100_000, requests: 300 },
  web: { cases: 300, runs: 5 },
  claimBundleEvents: [100_000, 1_000_000],
};

/** `npm run bench -- --quick`: FULL made small, one run, every system still measured (under 2 minutes, for CI). */
export const QUICK: BenchSettings = {
  ...FULL,
  mode: 'quick',
  runs: 1,
  appends: { ...FULL.appends, singleWriterEvents: 400, concurrentEvents: 800, batchedEvents: 5000, warmUpStreams: 2 },
  rebuild: { ...FULL.rebuild, cases: 250, capSeconds: 10 },
  timeTravel: { ...FULL.timeTravel, storeEvents: 50_000, storeStreams: 2500, queries: 100 },
  api: { ...FULL.api, seedCases: 50, openCases: 30, seconds: 4 },
  ledger: { ...FULL.ledger, proofs: 100, auditEveryRun: true },
  caseList: { cases: 3000, requests: 20 },
  web: { cases: 40, runs: 1 },
  claimBundleEvents: [5000],
};
