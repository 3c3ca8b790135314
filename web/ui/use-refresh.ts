import { useEffect } from 'preact/hooks';
import { errorText } from './clients';

const REFRESH_MS = 10_000;

/**
 * While a list is visible, asks for a status round every few seconds (in the extension, alarms
 * keep polling when it is not); a failing round's sentence goes to `onError`, a good one clears it.
 */
export function useRefresh(
  visible: boolean,
  refresh: () => Promise<unknown>,
  onError: (message: string | null) => void,
) {
  useEffect(() => {
    if (!visible) return;
    const round = () =>
      refresh().then(
        () => onError(null),
        (err) => onError(errorText(err)),
      );
    void round();
    const t = setInterval(round, REFRESH_MS);
    return () => clearInterval(t);
  }, [visible]);
}
