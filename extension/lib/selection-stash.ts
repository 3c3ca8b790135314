// Hands a selection from the background to the share window (and a share link to the open
// window, lib/open-link.ts) without ever writing it to disk: service-worker memory, mirrored
// to storage.session (memory only, not readable by content scripts) in case the worker is
// restarted before the window asks. The window takes it once; both copies are deleted then, or
// after a few minutes if the window never asks (the sweep alarm, session-sweep.ts, sees to
// that even when nothing else runs).
import { browser } from 'wxt/browser';
import { b64uEncode, randomBytes } from '../../shared/encoding';
import type { SelectionRead } from './read-selection';
import { sweepBy } from './sweep-alarm';

export const SELECTION_TTL_MS = 5 * 60_000;
const TTL_MS = SELECTION_TTL_MS;
/** What is handed over, each under its own key prefix ("selection:<id>", "link:<id>"). */
const KINDS = ['selection', 'link'] as const;
type Kind = (typeof KINDS)[number];

interface Stashed<T> {
  value: T;
  at: number;
}

const memory = new Map<string, Stashed<unknown>>();

/** Deletes the stashes whose time is up; returns when the next one is due (null: none left). */
export async function sweepSelections(now = Date.now()): Promise<number | null> {
  const all = await browser.storage.session.get(null);
  const stale: string[] = [];
  let next: number | null = null;
  for (const [k, v] of Object.entries(all)) {
    if (!KINDS.some((kind) => k.startsWith(`${kind}:`))) continue;
    const due = ((v as Stashed<unknown>)?.at ?? 0) + TTL_MS + 1;
    if (now >= due) stale.push(k);
    else next = Math.min(next ?? due, due);
  }
  for (const [k, e] of memory) if (now >= e.at + TTL_MS + 1) memory.delete(k);
  for (const k of stale) memory.delete(k);
  if (stale.length) await browser.storage.session.remove(stale);
  return next;
}

/** Keeps `value` for one taker; returns the random id to give it. */
async function stash<T>(kind: Kind, value: T, now: number): Promise<string> {
  await sweepSelections(now);
  const id = b64uEncode(randomBytes(16));
  const entry: Stashed<T> = { value, at: now };
  memory.set(`${kind}:${id}`, entry);
  await browser.storage.session.set({ [`${kind}:${id}`]: entry });
  await sweepBy(now + TTL_MS + 1);
  return id;
}

/** The stashed value, once; null if unknown, taken already, or expired. */
async function take<T>(kind: Kind, id: string, now: number): Promise<T | null> {
  const key = `${kind}:${id}`;
  const entry = (memory.get(key) ?? (await browser.storage.session.get(key))[key]) as
    Stashed<T> | undefined;
  memory.delete(key);
  await browser.storage.session.remove(key);
  if (!entry || now - entry.at > TTL_MS) return null;
  return entry.value;
}

export function stashSelection(sel: SelectionRead, now = Date.now()): Promise<string> {
  return stash('selection', { text: sel.text, lossy: sel.lossy }, now);
}

export function takeSelection(id: string, now = Date.now()): Promise<SelectionRead | null> {
  return take<SelectionRead>('selection', id, now);
}

/** A share link (its fragment is the key) on its way to the open window. */
export function stashLink(link: string, now = Date.now()): Promise<string> {
  return stash('link', link, now);
}

export function takeLink(id: string, now = Date.now()): Promise<string | null> {
  return take<string>('link', id, now);
}
