// The floor beside the API in every round: the repository's own statements through pgbench on a
// fresh database of their own, prepared (what the backend now sends), and in the first round also
// unnamed (`-M simple`: parsed and planned every time, as the backend sent them before).
import pg from 'pg';
import { CpuMeter } from '../cpu';
import { freshPostgres } from '../databases';
import { pgbench, pgbenchScripts, seedRevealsSql } from '../pgbench';
import type { WrkPhase, WrkSettings } from './phases';

export async function pgbenchFloor(adminUrl: string) {
  const db = await freshPostgres(adminUrl, true);
  const scripts = await pgbenchScripts();
  const admin = new pg.Client({ connectionString: db.url });
  await admin.connect();
  let runs = 0;
  const best = new Map<string, number>();

  async function phase(
    op: 'create' | 'reveal',
    clients: number,
    mode: 'prepared' | 'simple',
    round: number,
    s: WrkSettings,
  ): Promise<WrkPhase> {
    // Every run's ids are its own: the client's number plus this tag, then its counter.
    const tag = ++runs * 1024;
    if (op === 'reveal') {
      const perClient = Math.ceil((2 * (best.get(mode) ?? 8000) * s.seconds) / clients) + 200;
      await admin.query(seedRevealsSql(tag, clients, perClient));
    }
    await admin.query('vacuum analyze');
    // pgbench's connections end with it, and their CPU with them: the meter reads them while
    // they run, from half a second in to just before the end.
    const meter = new CpuMeter(null, db.name);
    const began = setTimeout(() => meter.begin(), 500);
    let cpu: ReturnType<CpuMeter['end']> = null;
    const ended = setTimeout(() => (cpu = meter.end()), s.seconds * 1000 - 300);
    const r = await pgbench({
      url: db.url,
      script: scripts[op],
      clients,
      seconds: s.seconds,
      mode,
      tag,
    }).finally(() => {
      clearTimeout(began);
      clearTimeout(ended);
    });
    if (op === 'reveal') {
      // Every reveal must have found its row: as many burnt as transactions ran.
      const { rows } = await admin.query(
        `select count(*)::int as n from secret where state = 'viewed' and substring(id from 1 for 8) >= int8send($1::int8) and substring(id from 1 for 8) < int8send($2::int8)`,
        [tag, tag + 1024],
      );
      if (rows[0].n !== r.transactions) {
        throw new Error(`pgbench reveal: ${r.transactions} transactions, ${rows[0].n} burnt`);
      }
    } else best.set(mode, Math.max(best.get(mode) ?? 0, r.tps));
    const split = cpu as ReturnType<CpuMeter['end']>;
    const pgUs = Math.round(((split?.postgres ?? 0) * 10_000) / Math.max(1, r.tps));
    const p: WrkPhase = {
      config: mode === 'prepared' ? 'floor prepared' : 'floor unnamed',
      op,
      clients,
      round,
      rps: r.tps,
      latencyMs: { ...r.latencyMs, p999: r.latencyMs.p999 },
      errors: r.failed,
      cpuUs: { backend: 0, postgres: pgUs, wrk: 0, total: pgUs },
      otherPct: split?.other ?? 0,
    };
    console.log(
      `  ${p.config.padEnd(16)} ${op.padEnd(6)} c=${String(clients).padEnd(3)} ${String(Math.round(r.tps)).padStart(6)} tx/s   p50 ${r.latencyMs.p50.toFixed(2)}  p99 ${r.latencyMs.p99.toFixed(2)} ms  cpu µs/tx pg ${pgUs}; others ${p.otherPct} %`,
    );
    return p;
  }

  return {
    async round(round: number, s: WrkSettings): Promise<WrkPhase[]> {
      const out: WrkPhase[] = [];
      const modes: ('prepared' | 'simple')[] = round === 1 ? ['prepared', 'simple'] : ['prepared'];
      for (const mode of modes) {
        for (const clients of s.clients) {
          out.push(await phase('create', clients, mode, round, s));
          out.push(await phase('reveal', clients, mode, round, s));
        }
      }
      await admin.query('delete from secret');
      await admin.query('vacuum analyze');
      return out;
    },
    async stop() {
      await admin.end();
      await db.drop();
    },
  };
}
