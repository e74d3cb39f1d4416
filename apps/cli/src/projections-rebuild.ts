import type { Database } from '@casetrail/database';
import type { EventStore } from '@casetrail/event-store';
import { rebuildProjections as rebuildFromTheLog, type RebuildProgress } from '@casetrail/projections';
import { PROJECTIONS } from '@casetrail/read-models';

export const PROJECTIONS_REBUILD_HELP = `Usage: npm run cli -- projections rebuild [NAME]
Rebuilds one projection (or all, reading the log once for all of them) from the first event into fresh
tables, while the service keeps answering from the current ones, and switches over once caught up. Killed half way, run it again:
it resumes where it stopped. Projections: ${PROJECTIONS.map((p) => p.name).join(', ')}`;

function progressLine(p: RebuildProgress): string {
  const percent = p.total > 0 ? ((100 * p.done) / p.total).toFixed(1) : '100.0';
  const left = p.secondsLeft === null ? '?' : `${p.secondsLeft} s`;
  return `${p.projection} (generation ${p.generation}): ${p.done}/${p.total} events (${percent}%), ${p.eventsPerSecond}/s, ${left} left`;
}

export async function rebuildProjections(database: Database, store: EventStore, name: string | undefined): Promise<number> {
  const chosen = name ? PROJECTIONS.filter((p) => p.name === name) : PROJECTIONS;
  if (chosen.length === 0) {
    process.stderr.write(`no projection is named ${name}\n\n${PROJECTIONS_REBUILD_HELP}\n`);
    return 2;
  }
  const totalEvents = async () => (await store.countAfter(null)) ?? 0;
  const shown = new Map<string, number>();
  const rebuilt = await rebuildFromTheLog(database.pool, store, chosen, {
    totalEvents,
    onProgress: (p) => {
      if (Date.now() - (shown.get(p.projection) ?? 0) < 500 && p.done < p.total) return;
      shown.set(p.projection, Date.now());
      process.stderr.write(progressLine(p) + '\n');
    },
  });
  for (const result of rebuilt) {
    process.stdout.write(
      `${result.projection}: rebuilt from ${result.events} events as generation ${result.generation}` +
        (result.retired !== null ? ` (generation ${result.retired} retired)` : '') + '\n',
    );
  }
  return 0;
}
