// What the page keeps in sessionStorage (this tab only, gone when it closes) while a reveal's
// answer may still be asked for again (docs/protocol.md#grace): the receipt, the link's fragment,
// and the KDF inputs and counts peek gave, which a viewed record no longer answers. Never the
// passphrase or any key derived from it: a reload asks for the passphrase again.
import type { PendingSecret } from './state';

const PREFIX = 'oncelink:grace:';
/** REVEAL_GRACE's maximum: the page cannot know the server's setting, and the server ends a
 * shorter grace itself (a retry then reads as not available, and the entry goes). */
export const KEEP_MS = 600_000;

export interface Kept {
  id: string;
  receipt: string;
  fragment: string;
  secret: PendingSecret;
  until: number;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage disabled: the page still works, without recovery after a reload
  }
}

/** Kept from just before the reveal is sent; `until` is set here. */
export function keep(k: Omit<Kept, 'until'>, now = Date.now()): void {
  try {
    storage()?.setItem(PREFIX + k.id, JSON.stringify({ ...k, until: now + KEEP_MS }));
  } catch {
    /* full or refused: recovery after a reload is a convenience, never required */
  }
}

function isKept(v: unknown, id: string): v is Kept {
  const k = v as Partial<Kept> | null;
  return (
    typeof k === 'object' &&
    k !== null &&
    k.id === id &&
    typeof k.receipt === 'string' &&
    typeof k.fragment === 'string' &&
    typeof k.until === 'number' &&
    typeof k.secret === 'object' &&
    k.secret !== null &&
    typeof k.secret.salt === 'string'
  );
}

/** What is kept for the record `id`, unless its time is up (then it is removed). */
export function kept(id: string, now = Date.now()): Kept | null {
  const s = storage();
  let v: unknown = null;
  try {
    v = JSON.parse(s?.getItem(PREFIX + id) ?? 'null');
  } catch {
    /* not ours, or damaged: treated as nothing kept */
  }
  if (!isKept(v, id) || v.until <= now) {
    forget(id);
    return null;
  }
  return v;
}

export function forget(id: string): void {
  try {
    storage()?.removeItem(PREFIX + id);
  } catch {
    /* nothing to remove */
  }
}
