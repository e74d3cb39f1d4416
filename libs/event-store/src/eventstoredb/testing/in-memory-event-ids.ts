import type { StreamName } from '../../port/streams';
import type { EventIdReservations } from '../event-id-reservations';

/** Event id reservations held in memory, for tests of the adapter alone. */
export class InMemoryEventIdReservations implements EventIdReservations {
  private readonly streams = new Map<string, string>();

  async reserve(eventIds: readonly string[], stream: StreamName): Promise<string | null> {
    const name = `${stream.kind}/${stream.id}`;
    for (const id of eventIds) if (!this.streams.has(id.toLowerCase())) this.streams.set(id.toLowerCase(), name);
    return eventIds.find((id) => this.streams.get(id.toLowerCase()) !== name) ?? null;
  }
}
