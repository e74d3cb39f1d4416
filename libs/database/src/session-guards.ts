/**
 * Startup options for every application session: a transaction left open would hold back the
 * commit-safe horizon that readers of the global order wait behind, so idle transactions are ended.
 * (The embedded PGlite ignores them: it serves one transaction at a time anyway.)
 */
export const SESSION_OPTIONS = [
  '-c idle_in_transaction_session_timeout=60000',
  '-c statement_timeout=120000',
  '-c lock_timeout=30000',
].join(' ');
