import { useCallback, useEffect, useState } from 'react';
import type { EpicState, Result, UiError } from '../../../src/app/contract';
import { callResolver } from '../../shared/bridge';

export type EpicLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: UiError }
  | { readonly status: 'ready'; readonly state: EpicState };

/**
 * The epic's stored state. A failed first load shows an error screen; a
 * failed refresh later keeps the state on screen and reports the error.
 */
export function useEpic() {
  const [load, setLoad] = useState<EpicLoad>({ status: 'loading' });

  const refresh = useCallback(async (): Promise<Result<EpicState>> => {
    const result = await callResolver('getEpicState', {});
    setLoad((previous) => {
      if (result.ok) return { status: 'ready', state: result.data };
      return previous.status === 'ready'
        ? previous
        : { status: 'failed', error: result.error };
    });
    return result;
  }, []);

  const retry = useCallback(() => {
    setLoad({ status: 'loading' });
    void refresh();
  }, [refresh]);

  const replace = useCallback((state: EpicState) => {
    setLoad({ status: 'ready', state });
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { load, refresh, retry, replace };
}
