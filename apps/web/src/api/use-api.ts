import { useEffect, useState } from 'react';
import { apiGet } from './client';

export type Loaded<T> =
  | { readonly state: 'idle' }
  | { readonly state: 'loading' }
  | { readonly state: 'ok'; readonly data: T }
  | { readonly state: 'error'; readonly error: Error };

/** Answers already fetched in this session, by path: moving a slider back does not ask again. */
const answers = new Map<string, Promise<unknown>>();

export function forgetAnswers(): void {
  answers.clear();
}

/** GET a path once per session (the same path from several components shares one request). */
export function fetchOnce<T>(path: string): Promise<T> {
  let answer = answers.get(path);
  if (!answer) {
    answer = apiGet<T>(path);
    answers.set(path, answer);
    answer.catch(() => answers.delete(path));
  }
  return answer as Promise<T>;
}

/**
 * What `load` answers, loaded again whenever `key` changes (a late answer for an earlier key is dropped);
 * a `null` key loads nothing.
 */
export function useLoaded<T>(key: string | number | null, load: () => Promise<T>): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: key === null ? 'idle' : 'loading' });
  useEffect(() => {
    if (key === null) {
      setLoaded({ state: 'idle' });
      return;
    }
    let current = true;
    setLoaded({ state: 'loading' });
    load().then(
      (data) => current && setLoaded({ state: 'ok', data }),
      (error: unknown) => current && setLoaded({ state: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return loaded;
}

/** The answer of a GET, re-fetched when the path changes; `null` asks nothing. */
export function useApi<T>(path: string | null): Loaded<T> {
  return useLoaded(path || null, () => fetchOnce<T>(path!));
}

/** Several GETs at once, answered together (the five-year chart's five reports). */
export function useApis<T>(paths: readonly string[]): Loaded<T[]> {
  const key = paths.join('\n');
  return useLoaded(key, () => Promise.all(key.split('\n').map((path) => fetchOnce<T>(path))));
}
