import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line and every event of one HTTP request share. */
export interface RequestContext {
  readonly requestId: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}
