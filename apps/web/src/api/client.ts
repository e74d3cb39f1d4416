/** A refusal or failure of the API, with the contract's error body when there is one. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | null | undefined>;

/** `/v1/...` with the given query parameters (empty ones left out). */
export function apiPath(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== null && value !== undefined && value !== '') params.set(name, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

let onUnauthenticated: () => void = () => undefined;

/** What to do when the session is gone (expired or signed out elsewhere): the page asks for the token again. */
export function whenUnauthenticated(handler: () => void): void {
  onUnauthenticated = handler;
}

/** A GET with the session cookie, refused answers thrown; the page never writes. */
async function get(path: string, signal?: AbortSignal): Promise<Response> {
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' }, ...(signal ? { signal } : {}) });
  if (response.status === 401) onUnauthenticated();
  if (!response.ok) throw await failure(response);
  return response;
}

export async function apiGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  return (await (await get(path, signal)).json()) as T;
}

/** The body kept as the text it is (a claim's bundle is verified byte for byte as served). */
export async function apiGetText(path: string): Promise<string> {
  return (await get(path)).text();
}

/** The one request that carries the token: it is exchanged for the session cookie and then forgotten. */
export async function exchangeToken<T>(token: string): Promise<T> {
  const response = await fetch('/v1/session', { method: 'POST', credentials: 'same-origin', headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}

export async function endSession(): Promise<void> {
  await fetch('/v1/session', { method: 'DELETE', credentials: 'same-origin' });
}

async function failure(response: Response): Promise<ApiFailure> {
  try {
    const body = (await response.json()) as { code?: string; message?: string };
    return new ApiFailure(response.status, body.code ?? `HTTP_${response.status}`, body.message ?? response.statusText);
  } catch {
    return new ApiFailure(response.status, `HTTP_${response.status}`, response.statusText);
  }
}

