// A list this browser keeps for the home page in localStorage (the Sent list, the requests), with
// a way to follow it: changes from this tab and from other tabs of the same origin ('storage'
// events) both reach the subscribers. Only what cannot decrypt anything belongs here: ids,
// labels, states, times and manage tokens (web/home/stores.ts says which fields).
import { useEffect, useState } from 'preact/hooks';

export interface LocalList<T extends { id: string }> {
  read(): T[];
  /** Applies `change` to the stored list and saves it; synchronous, so nothing interleaves. */
  update(change: (list: T[]) => T[]): T[];
  subscribe(listener: () => void): () => void;
}

export function localList<T extends { id: string }>(
  key: string,
  storage: Storage = localStorage,
): LocalList<T> {
  const listeners = new Set<() => void>();
  const read = (): T[] => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
      return Array.isArray(parsed) ? (parsed as T[]) : [];
    } catch {
      return []; // Damaged or written by something else: start afresh rather than fail the page.
    }
  };
  return {
    read,
    update(change) {
      const next = change(read());
      storage.setItem(key, JSON.stringify(next));
      for (const l of listeners) l();
      return next;
    },
    subscribe(listener) {
      listeners.add(listener);
      const onStorage = (e: StorageEvent) => e.key === key && listener();
      window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        window.removeEventListener('storage', onStorage);
      };
    },
  };
}

/** The list, re-read whenever it changes. */
export function useLocalList<T extends { id: string }>(list: LocalList<T>): T[] {
  const [items, setItems] = useState(list.read);
  useEffect(() => list.subscribe(() => setItems(list.read())), [list]);
  return items;
}
