// CPU accounting for one measured window, from /proc (Linux only; elsewhere it reports nothing).
// On a 2-core machine the load generator, the backend and PostgreSQL all compete for the same
// cores, so each phase records who used how much of them.
import { readFileSync, readdirSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux (getconf CLK_TCK)

export interface CpuSplit {
  /** Percent of one core, over the window: 200 means both cores of a 2-core machine. */
  loadgen: number;
  server: number | null;
  postgres: number | null;
  /** Everything else the machine did meanwhile (kernel, other processes). */
  other: number;
  idle: number;
}

interface Snapshot {
  at: number;
  self: number;
  server: number;
  postgres: Map<number, number>;
  busy: number;
  idle: number;
}

function procTicks(pid: number | 'self'): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime are fields 14 and 15 of the whole line: 12 and 13 after "(comm) ".
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** A process and all its descendants (a backend's cluster workers): their CPU ticks, summed. */
function treeTicks(root: number): number {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return procTicks(root);
  }
  const children = new Map<number, number[]>();
  for (const p of pids) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(p)]);
    } catch {
      // gone meanwhile
    }
  }
  let sum = 0;
  const todo = [root];
  while (todo.length) {
    const pid = todo.pop()!;
    sum += procTicks(pid);
    todo.push(...(children.get(pid) ?? []));
  }
  return sum;
}

/** PostgreSQL processes that work for `database`: its backends and the shared writers. */
function postgresTicks(database: string | null): Map<number, number> {
  const out = new Map<number, number>();
  if (!database) return out;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  for (const p of pids) {
    let cmd: string;
    try {
      cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      continue;
    }
    if (!cmd.startsWith('postgres:')) continue;
    // Backends read "postgres: 15/main: <user> <database> <client> <state>"; the auxiliary
    // processes (walwriter, checkpointer, …) have no client part and serve every database.
    const isBackend = /\d+\.\d+\.\d+\.\d+\(\d+\)|\[local\]/.test(cmd);
    if (isBackend && !cmd.includes(` ${database} `)) continue;
    out.set(Number(p), procTicks(Number(p)));
  }
  return out;
}

function machineTicks(): { busy: number; idle: number } {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (v[3] ?? 0) + (v[4] ?? 0);
    const total = v.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: total - idle, idle };
  } catch {
    return { busy: 0, idle: 0 };
  }
}

/**
 * Waits until the machine has been quiet (under `thresholdPct` % of one core busy, in total) for
 * 1.5 s, or gives up after `maxMs`. Between phases our own processes idle, so what is busy then
 * is someone else. Returns how long it waited and whether it found quiet.
 */
export async function waitForQuiet(maxMs = 30_000, thresholdPct = 20) {
  const started = performance.now();
  let quietMs = 0;
  while (performance.now() - started < maxMs) {
    const a = machineTicks();
    await new Promise((r) => setTimeout(r, 500));
    const b = machineTicks();
    const busyPct = ((b.busy - a.busy) * TICK_MS * 100) / 500;
    quietMs = busyPct < thresholdPct ? quietMs + 500 : 0;
    if (quietMs >= 1500) return { waitedMs: Math.round(performance.now() - started), quiet: true };
  }
  return { waitedMs: Math.round(performance.now() - started), quiet: false };
}

export class CpuMeter {
  private start: Snapshot | null = null;

  constructor(
    private readonly serverPid: number | null,
    private readonly database: string | null,
  ) {}

  private snap(): Snapshot {
    const m = machineTicks();
    return {
      at: performance.now(),
      self: procTicks('self'),
      server: this.serverPid ? treeTicks(this.serverPid) : 0,
      postgres: postgresTicks(this.database),
      busy: m.busy,
      idle: m.idle,
    };
  }

  begin(): void {
    this.start = this.snap();
  }

  end(): CpuSplit | null {
    if (!this.start) return null;
    const a = this.start;
    const b = this.snap();
    const ms = b.at - a.at;
    if (ms <= 0 || b.busy + b.idle === 0) return null;
    const pct = (ticks: number) => +((ticks * TICK_MS * 100) / ms).toFixed(0);
    let pg = 0;
    for (const [pid, t] of b.postgres) pg += t - (a.postgres.get(pid) ?? 0);
    const loadgen = b.self - a.self;
    const server = this.serverPid ? b.server - a.server : 0;
    const other = Math.max(0, b.busy - a.busy - loadgen - server - pg);
    return {
      loadgen: pct(loadgen),
      server: this.serverPid ? pct(server) : null,
      postgres: this.database ? pct(pg) : null,
      other: pct(other),
      idle: pct(b.idle - a.idle),
    };
  }
}
