// Hands a selection from the background to the share window without ever writing it to disk:
// service-worker memory, mirrored to storage.session (memory only, not readable by content
// scripts) in case the worker is restarted before the window asks. The window takes it once;
// both copies are deleted then, or after a few minutes if the window never asks (the sweep
// alarm, session-sweep.ts, sees to that even when nothing else runs).
import { browser } from 'wxt/browser';
import { b64uEncode, randomBytes } from '../../shared/encoding';
import type { SelectionRead } from './read-selection';
import { sweepBy } from './sweep-alarm';

const PREFIX = 'selection:';
export const SELECTION_TTL_MS = 5 * 60_000;
const TTL_MS = SELECTION_TTL_MS;

interface Stashed extends SelectionRead {
  at: number;
}

const memory = new Map<string, Stashed>();

/** Deletes the stashes whose time is up; returns when the next one is due (null: none left). */
export async function sweepSelections(now = Date.now()): Promise<number | null> {
  const all = await browser.storage.session.get(null);
  const stale: string[] = [];
  let next: number | null = null;
  for (const [k, v] of Object.entries(all)) {
    if (!k.startsWith(PREFIX)) continue;
    const due = ((v as Stashed)?.at ?? 0) + TTL_MS + 1;
    if (now >= due) stale.push(k);
    else next = Math.min(next ?? due, due);
  }
  for (const [id, e] of memory) if (now >= e.at + TTL_MS + 1) memory.delete(id);
  for (const k of stale) memory.delete(k.slice(PREFIX.length));
  if (stale.length) await browser.storage.session.remove(stale);
  return next;
}

/** Keeps `sel` for one taker; returns the random id to give it. */
export async function stashSelection(sel: SelectionRead, now = Date.now()): Promise<string> {
  await sweepSelections(now);
  const id = b64uEncode(randomBytes(16));
  const entry: Stashed = { ...sel, at: now };
  memory.set(id, entry);
  await browser.storage.session.set({ [PREFIX + id]: entry });
  await sweepBy(now + TTL_MS + 1);
  return id;
}

/** The stashed selection, once; null if unknown, taken already, or expired. */
export async function takeSelection(id: string, now = Date.now()): Promise<SelectionRead | null> {
  const key = PREFIX + id;
  const entry =
    memory.get(id) ?? ((await browser.storage.session.get(key))[key] as Stashed | undefined);
  memory.delete(id);
  await browser.storage.session.remove(key);
  if (!entry || now - entry.at > TTL_MS) return null;
  return { text: entry.text, lossy: entry.lossy };
}
