import { useEffect, useRef } from 'preact/hooks';

/**
 * Moves keyboard focus to the returned ref's element when the component appears, so a screen
 * reader announces the new state and keyboard users start in the right place.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
