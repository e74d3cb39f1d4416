import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { apiGet, endSession, exchangeToken, whenUnauthenticated } from '../api/client';
import type { SessionAnswer, SessionUser } from '../api/types';
import { forgetAnswers } from '../api/use-api';

interface Session {
  /** undefined while the page asks who is signed in; null when nobody is. */
  readonly user: SessionUser | null | undefined;
  readonly expiresAt: string | null;
  signIn(token: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Who is signed in: asked of the service (the cookie is HttpOnly), never kept in the page's storage. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [answer, setAnswer] = useState<SessionAnswer | undefined>(undefined);

  useEffect(() => {
    whenUnauthenticated(() => {
      forgetAnswers();
      setAnswer({ user: null, expiresAt: null });
    });
    apiGet<SessionAnswer>('/v1/session').then(setAnswer, () => setAnswer({ user: null, expiresAt: null }));
  }, []);

  const signIn = useCallback(async (token: string) => {
    forgetAnswers();
    setAnswer(await exchangeToken<SessionAnswer>(token));
  }, []);

  const signOut = useCallback(async () => {
    await endSession();
    forgetAnswers();
    setAnswer({ user: null, expiresAt: null });
  }, []);

  const session = useMemo<Session>(
    () => ({ user: answer?.user, expiresAt: answer?.expiresAt ?? null, signIn, signOut }),
    [answer, signIn, signOut],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user; only for components shown after sign-in. */
export function useUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('useUser before sign-in');
  return user;
}
