// Small phrases every client builds alike, so the page, the extension and the terminal say the
// same thing the same way.

/** "1 view", "2 views"; `many` for irregular plurals ("tries"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "1 view · 1 passphrase attempt": a share's limits, with its result and in sent lists. */
export function describeLimits(maxViews: number, maxAttempts: number): string {
  return `${plural(maxViews, 'view')} · ${plural(maxAttempts, 'passphrase attempt')}`;
}
