// What the figures were measured on.
import { readFileSync } from 'node:fs';
import os from 'node:os';

function cpuModel(): string {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) return m[1]!.trim();
  } catch {
    // not Linux
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

function packageVersion(name: string): string {
  try {
    const url = new URL(`../../node_modules/${name}/package.json`, import.meta.url);
    return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export function machine() {
  return {
    cpuModel: cpuModel(),
    cores: os.availableParallelism(),
    memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    pglite: packageVersion('@electric-sql/pglite'),
    pg: packageVersion('pg'),
    kysely: packageVersion('kysely'),
    trpc: packageVersion('@trpc/server'),
    loadAverageAtStart: os.loadavg().map((x) => +x.toFixed(2)),
  };
}

/** The lines every benchmark starts with: what it runs on, and how busy that was. */
export function printMachine(host: ReturnType<typeof machine>): void {
  console.log(`  cpu ${host.cpuModel}, ${host.cores} cores, ${host.memoryGiB} GiB; ${host.os}`);
  console.log(
    `  node ${host.node}; pglite ${host.pglite}; pg ${host.pg}; kysely ${host.kysely}; tRPC ${host.trpc}`,
  );
  console.log(`  load average at start ${host.loadAverageAtStart.join(' ')}`);
}
