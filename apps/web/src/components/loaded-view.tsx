import type { ReactNode } from 'react';
import { ApiFailure } from '../api/client';
import type { Loaded } from '../api/use-api';
import { strings } from '../strings';

/** Shows what is loading, what failed, or the data. */
export function LoadedView<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  switch (loaded.state) {
    case 'idle':
      return null;
    case 'loading':
      return <p className="loading" role="status">{strings.app.loading}</p>;
    case 'error':
      return (
        <p className="error" role="alert">
          {strings.app.failed(loaded.error instanceof ApiFailure ? `${loaded.error.code}: ${loaded.error.message}` : loaded.error.message)}
        </p>
      );
    case 'ok':
      return <>{children(loaded.data)}</>;
  }
}
