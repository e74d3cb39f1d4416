import { Injectable } from '@nestjs/common';
import { ThrottlerStorageService } from '@nestjs/throttler';

/** Failed authentications an address may make in a window before it is refused outright for a while. */
export const AUTHENTICATION_FAILURES = { limit: 20, windowMs: 60_000, blockMs: 300_000 } as const;

const THROTTLER = 'authentication-failures';
const keyOf = (address: string) => `${THROTTLER}:${address}`;

/**
 * Counts failed authentications per client address (not per token presented, which a guesser changes
 * on every try), on @nestjs/throttler's storage: past the limit the address is blocked, and while it is
 * blocked no token is even looked up, so a right guess gains nothing.
 */
@Injectable()
export class AuthenticationFailures {
  constructor(private readonly storage: ThrottlerStorageService) {}

  /** Seconds the address remains blocked, or 0 when it may try. */
  blockedFor(address: string): number {
    const record = this.storage.storage.get(keyOf(address));
    if (!record?.isBlocked) return 0;
    return Math.max(0, Math.ceil((record.blockExpiresAt - Date.now()) / 1000));
  }

  /** Records one failure; answers the seconds the address is now blocked for (0 while under the limit). */
  async record(address: string): Promise<number> {
    const { limit, windowMs, blockMs } = AUTHENTICATION_FAILURES;
    const result = await this.storage.increment(keyOf(address), windowMs, limit, blockMs, THROTTLER);
    return result.isBlocked ? Math.max(1, result.timeToBlockExpire) : 0;
  }
}
