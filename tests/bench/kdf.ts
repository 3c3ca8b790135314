// Argon2id in Node at the default parameters (m=65536 KiB, t=3, p=1): the cost that dominates
// the sender's and the recipient's waits (docs/benchmarks.md#targets). Same code the clients run (shared/kdf.ts).
import { randomBytes } from 'node:crypto';
import { DEFAULT_KDF, deriveMaster } from '../../shared/kdf';
import { generatePassphrase } from '../../shared/passphrase';
import { median } from './stats';

export interface KdfResult {
  params: { m: number; t: number; p: number };
  runs: number;
  msEach: number[];
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export async function benchArgon2id(runs = 5): Promise<KdfResult> {
  const msEach: number[] = [];
  for (let i = 0; i < runs; i++) {
    const passphrase = generatePassphrase();
    const salt = new Uint8Array(randomBytes(16));
    const t0 = performance.now();
    await deriveMaster(passphrase, salt, DEFAULT_KDF);
    msEach.push(+(performance.now() - t0).toFixed(1));
  }
  return {
    params: { m: DEFAULT_KDF.m, t: DEFAULT_KDF.t, p: DEFAULT_KDF.p },
    runs,
    msEach,
    medianMs: +median(msEach).toFixed(1),
    minMs: Math.min(...msEach),
    maxMs: Math.max(...msEach),
  };
}
