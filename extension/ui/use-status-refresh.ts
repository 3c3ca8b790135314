import { useEffect } from 'preact/hooks';
import { BridgeError, callBackground } from '../lib/bridge';

const REFRESH_MS = 10_000;

/**
 * While a list is visible, asks the background for a status round every few seconds (alarms
 * keep polling when it is not); a failing round's sentence goes to `onError`, a good one clears it.
 */
export function useStatusRefresh(visible: boolean, onError: (message: string | null) => void) {
  useEffect(() => {
    if (!visible) return;
    const refresh = () =>
      callBackground({ type: 'status.refresh' }).then(
        () => onError(null),
        (err) => onError(err instanceof BridgeError ? err.message : String(err)),
      );
    void refresh();
    const t = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(t);
  }, [visible]);
}
