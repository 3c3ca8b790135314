// Latency samples and the figures drawn from them. Every sample is kept (runs are bounded in
// count), so percentiles are exact rather than read off buckets.

export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  p999: number;
  max: number;
}

export class Latencies {
  private samples: Float64Array;
  private n = 0;

  constructor(capacity: number) {
    this.samples = new Float64Array(Math.max(16, capacity));
  }

  add(ms: number): void {
    if (this.n === this.samples.length) {
      const bigger = new Float64Array(this.samples.length * 2);
      bigger.set(this.samples);
      this.samples = bigger;
    }
    this.samples[this.n++] = ms;
  }

  get count(): number {
    return this.n;
  }

  summary(): LatencySummary {
    const s = this.samples.slice(0, this.n).sort();
    const at = (q: number) =>
      this.n === 0 ? NaN : s[Math.min(this.n - 1, Math.ceil(q * this.n) - 1)]!;
    let sum = 0;
    for (const v of s) sum += v;
    const r = (x: number) => +x.toFixed(2);
    return {
      count: this.n,
      mean: r(sum / Math.max(1, this.n)),
      p50: r(at(0.5)),
      p90: r(at(0.9)),
      p99: r(at(0.99)),
      p999: r(at(0.999)),
      max: r(this.n ? s[this.n - 1]! : NaN),
    };
  }
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
