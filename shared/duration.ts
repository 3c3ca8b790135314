// Durations as people write them: "90", "90s", "10m", "24h", "7d" → seconds.
// Used by the server's configuration and by the command-line client's --expires.

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

export function parseDuration(input: string): number {
  if (typeof input !== 'string') throw new TypeError(`expected a string, got ${typeof input}`);
  const m = /^\s*(\d{1,9})\s*([smhdw]?)\s*$/i.exec(input);
  if (!m)
    throw new RangeError(`not a duration: ${JSON.stringify(input)} (use e.g. 90s, 10m, 24h, 7d)`);
  return Number(m[1]) * UNITS[(m[2] || 's').toLowerCase()]!;
}

export function formatDuration(seconds: number): string {
  for (const [unit, n] of [
    ['d', 86400],
    ['h', 3600],
    ['m', 60],
  ] as const) {
    if (seconds >= n && seconds % n === 0) return `${seconds / n}${unit}`;
  }
  return `${seconds}s`;
}
