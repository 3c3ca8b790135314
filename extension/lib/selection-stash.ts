// Hands a selection from the background to the share window without ever writing it to disk:
// service-worker memory, mirrored to storage.session (memory only, not readable by content
// scripts) in case the worker is restarted before the window asks. The window takes it once;
// both copies are deleted then, or after a few minutes if the window never asks.
import { browser } from 'wxt/browser';
import { b64uEncode, randomBytes } from '../../shared/encoding';
import type { SelectionRead } from './read-selection';

const PREFIX = 'selection:';
const TTL_MS = 5 * 60_000;

interface Stashed extends SelectionRead {
  at: number;
}

const memory = new Map<string, Stashed>();

async function sweep(now: number): Promise<void> {
  const all = await browser.storage.session.get(null);
  const stale = Object.entries(all)
    .filter(([k, v]) => k.startsWith(PREFIX) && now - ((v as Stashed)?.at ?? 0) > TTL_MS)
    .map(([k]) => k);
  for (const k of stale) memory.delete(k.slice(PREFIX.length));
  if (stale.length) await browser.storage.session.remove(stale);
}

/** Keeps `sel` for one taker; returns the random id to give it. */
export async function stashSelection(sel: SelectionRead, now = Date.now()): Promise<string> {
  await sweep(now);
  const id = b64uEncode(randomBytes(16));
  const entry: Stashed = { ...sel, at: now };
  memory.set(id, entry);
  await browser.storage.session.set({ [PREFIX + id]: entry });
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
