// `npm run bench:files`: files through the API (docs/benchmarks.md#files). The backend runs as an
// operator runs it (its own process, embedded PGlite); this process encrypts a 10 MiB file once,
// then measures upload (secret.upload, one binary body) and download (secret.reveal, base64url in
// JSON) throughput, and the backend's peak RSS while 20 uploads of 10 MiB arrive at once (read
// from /proc every 20 ms). Bounded and short: 5 uploads and downloads, then one burst of 20.
import { readFileSync } from 'node:fs';
import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../../backend/trpc/app-router';
import { randomBytes } from '../../shared/encoding';
import { KDF } from '../../shared/limits';
import { parseLink } from '../../shared/link';
import { createShare, openShare, unlockShare } from '../../shared/protocol';
import { linkAccess } from '../../shared/recipient';
import { uploadParts } from '../../shared/upload';
import { startBackend, stopAllBackends } from '../support/backend-process';

const MIB = 1024 * 1024;
const SIZE = 10 * MIB;
const RUNS = 5;
const BURST = 20;

const rssOf = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;

async function main() {
  const backend = await startBackend({
    DATA_DIR: 'memory://',
    RATE_LIMIT_CREATE: '0',
    RATE_LIMIT_REVEAL: '0',
    MAX_PENDING_BYTES: String(4 * 1024 * MIB),
  });
  try {
    const api = createTRPCClient<AppRouter>({
      links: [httpLink({ url: `${backend.url}/trpc`, methodOverride: 'POST' })],
    });
    const file = { name: 'bench.bin', type: 'application/octet-stream', bytes: randomBytes(SIZE) };
    const kdf = { alg: 'argon2id', ...KDF.min } as const;
    const make = () =>
      createShare({
        file,
        kdf,
        expiresIn: 3600,
        maxViews: 1,
        maxAttempts: 1,
        publicUrl: backend.url,
      });
    const body = (r: Awaited<ReturnType<typeof make>>) =>
      new Blob(uploadParts(r.request) as Uint8Array<ArrayBuffer>[]);

    const up: number[] = [];
    const down: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const share = await make();
      const blob = body(share);
      let t = performance.now();
      await api.secret.upload.mutate(blob);
      up.push(performance.now() - t);
      const link = parseLink(share.link);
      const access = await linkAccess(link);
      const peek = await api.secret.peek.query(access);
      if (peek.state !== 'pending') throw new Error('not pending');
      const keys = await unlockShare({ ...link, passphrase: share.passphrase, ...peek });
      t = performance.now();
      const sealed = await api.secret.reveal.mutate({ ...access, authKey: keys.authKey });
      down.push(performance.now() - t);
      const opened = await openShare({ id: link.id, encKey: keys.encKey, ...sealed });
      if (opened.kind !== 'file' || opened.file.bytes.length !== SIZE) throw new Error('mismatch');
    }

    // 20 at once: bodies made first, so the burst measures the server, not this process.
    const bodies = await Promise.all(Array.from({ length: BURST }, async () => body(await make())));
    await new Promise((r) => setTimeout(r, 500));
    const idle = rssOf(backend.pid);
    let peak = idle;
    const watch = setInterval(() => (peak = Math.max(peak, rssOf(backend.pid))), 20);
    const t = performance.now();
    await Promise.all(bodies.map((b) => api.secret.upload.mutate(b)));
    const burstMs = performance.now() - t;
    clearInterval(watch);
    peak = Math.max(peak, rssOf(backend.pid));

    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const mibps = (ms: number) => (SIZE / MIB / (ms / 1000)).toFixed(1);
    console.log(
      `upload 10 MiB: median ${med(up).toFixed(0)} ms (${mibps(med(up))} MiB/s) of ${RUNS}`,
    );
    console.log(
      `download 10 MiB (reveal, base64url JSON): median ${med(down).toFixed(0)} ms (${mibps(med(down))} MiB/s)`,
    );
    const over = (peak - idle) / MIB;
    console.log(
      `20 concurrent 10 MiB uploads: ${burstMs.toFixed(0)} ms; backend RSS idle ${(idle / MIB).toFixed(0)} MiB, ` +
        `peak ${(peak / MIB).toFixed(0)} MiB (+${over.toFixed(0)} MiB; target < ${(BURST * 2 * SIZE) / MIB} MiB)`,
    );
  } finally {
    await stopAllBackends();
  }
}

await main();
