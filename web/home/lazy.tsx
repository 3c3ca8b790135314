// A part of the home page fetched the first time it is wanted (a tab opened), so the page a sender
// loads to share carries only the share form, the generator and what they need.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function Lazy<M>(props: {
  wanted: boolean;
  load: () => Promise<M>;
  children: (mod: M) => ComponentChildren;
}) {
  const [mod, setMod] = useState<M | null | 'failed'>(null);
  const [asked, setAsked] = useState(false);
  useEffect(() => setAsked((a) => a || props.wanted), [props.wanted]);
  useEffect(() => {
    if (asked && mod === null) props.load().then(setMod, () => setMod('failed'));
  }, [asked]);
  if (mod === 'failed') {
    return (
      <p class="alert" role="alert" data-testid="lazy-load-error">
        This part of the page could not be loaded. Check the connection and reload.
      </p>
    );
  }
  if (mod === null) {
    return asked ? (
      <p class="muted" role="status">
        Loading…
      </p>
    ) : null;
  }
  return <>{props.children(mod)}</>;
}
