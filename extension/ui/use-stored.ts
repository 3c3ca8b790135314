import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * A value derived from storage, re-read whenever `key` changes in `area` (the background
 * writes; views follow).
 */
export function useStored<T>(
  area: 'local' | 'session',
  key: string,
  read: () => Promise<T>,
  initial: T,
): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let live = true;
    const load = () => void read().then((v) => live && setValue(v));
    load();
    const onChanged = (changes: Record<string, unknown>, changed: string) => {
      if (changed === area && key in changes) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [area, key]);
  return value;
}
