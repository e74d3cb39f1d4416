import { decodeGlobalPosition, type EventStore, type NewEvent, type RecordedEvent, type StreamName } from '@casetrail/event-store';
import { loadSyntheticCases, SeededRandom } from '@casetrail/synthetic';

/**
 * A synthetic log of about `events` events held in memory, in the order a busy service would commit
 * them (by recordedAt: each event recorded 0 to 72 hours after it occurred). Only the appends the
 * synthetic loader makes are implemented: nothing is read back.
 */
export async function syntheticLog(events: number, seed: number): Promise<RecordedEvent[]> {
  const random = new SeededRandom(seed + 1);
  const log: RecordedEvent[] = [];
  const versions = new Map<string, number>();
  const collector = {
    async appendToStream(stream: StreamName, _expected: unknown, batch: readonly NewEvent[]) {
      const streamId = stream.id;
      for (const event of batch) {
        const recordedAt = new Date(Date.parse(event.occurredAt) + random.int(0, 72 * 3600) * 1000 + random.int(0, 999));
        const version = (versions.get(streamId) ?? 0) + 1;
        versions.set(streamId, version);
        log.push({ ...event, streamId, version, recordedAt: recordedAt.toISOString(), position: 0n, globalPosition: decodeGlobalPosition('0:0'), streamKind: 'case' });
      }
      return {};
    },
  } as unknown as EventStore;
  let cases = 0;
  while (log.length < events) {
    const before = log.length;
    await loadSyntheticCases(collector, {
      cases: 100, seed: seed + cases, from: '2019-04-01T00:00:00+02:00', until: new Date('2024-06-30T00:00:00+02:00'), correctionRate: 0.2,
    });
    cases += 100;
    if (log.length === before) throw new Error('the synthetic loader wrote nothing');
  }
  return log.slice(0, events).sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
}
