import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { IdempotencyKeyInUse } from './idempotency-refusals';
import { IdempotencyStore, type IdempotencyClaim } from './idempotency.store';

/** Records the command's answer on its key, in the transaction (or beside the append) that stores its events. */
export type RecordAnswer = (client: PoolClient, answer: object) => Promise<void>;

/** How long a request waits for a twin with the same key to be answered. */
const WAIT_FOR_TWIN_MS = 10_000;
const POLL_MS = 20;

/**
 * The idempotency step around a command: a key answered before answers the same again; a key another
 * request holds waits for that request's answer; otherwise the key is reserved, the command runs, and
 * its answer is recorded with its events (the reservation released if it fails).
 */
@Injectable()
export class IdempotentCommands {
  constructor(private readonly keys: IdempotencyStore) {}

  async around<T extends object>(claim: IdempotencyClaim | null, command: (record: RecordAnswer | null) => Promise<T>): Promise<T> {
    if (!claim) return command(null);
    const deadline = Date.now() + WAIT_FOR_TWIN_MS;
    for (;;) {
      const state = await this.keys.find(claim);
      if (state.kind === 'answered') return state.body as T;
      // Unused, or reserved by a request that may have died: take it if we can.
      if (await this.keys.reserve(claim)) return this.decide(claim, command);
      if (Date.now() > deadline) throw new IdempotencyKeyInUse();
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  private async decide<T extends object>(claim: IdempotencyClaim, command: (record: RecordAnswer) => Promise<T>): Promise<T> {
    try {
      return await command((client, answer) => this.keys.answer(client, claim, 201, answer));
    } catch (error) {
      await this.keys.release(claim);
      throw error;
    }
  }
}
