import { createHash, randomBytes } from 'node:crypto';

/** A fresh bearer token: 32 random bytes, so a plain SHA-256 is a safe way to store it. */
export function generateToken(): string {
  return 'ct_' + randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
