import type { Pool } from 'pg';
import { encodeGlobalPosition } from '@casetrail/event-store';
import { findGeneration } from '@casetrail/projections';
import type { GovernmentActionReport } from '@casetrail/reporting';
import { governmentActionProjection } from './government-action.projection';

interface Entry {
  readonly report: GovernmentActionReport;
  /** The latest recordedAt among the rows it was computed from: valid for any knownAt at or after it. */
  readonly latestRecordedAt: number;
}

const CAPACITY = 256;

/**
 * Reports computed from the whole read model, kept per (period, district, donor) and per state of the
 * projection (its generation and checkpoint): while no event is applied, the same question as known
 * "now" has the same answer, so it is not recomputed from every row on every request.
 */
export class GovernmentActionReportCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly pool: Pool) {}

  /** The projection's state, part of every key: any applied event or rebuild makes earlier entries stale. */
  async state(): Promise<string | null> {
    const active = await findGeneration(this.pool, governmentActionProjection.name, 'active');
    return active ? `${active.generation}@${encodeGlobalPosition(active.checkpoint)}` : null;
  }

  find(key: string, knownAt: string): GovernmentActionReport | null {
    const entry = this.entries.get(key);
    if (!entry || Date.parse(knownAt) < entry.latestRecordedAt) return null;
    return { ...entry.report, knownAt };
  }

  keep(key: string, report: GovernmentActionReport, latestRecordedAt: number): void {
    if (this.entries.size >= CAPACITY) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { report, latestRecordedAt });
  }
}
