// The scale benchmark's figures as two tables on stdout: reveal latency large against small,
// and the purge runs.
import { formatTable } from '../format';
import type { KindResult } from './kind';
import { MAX_RATIO } from './settings';

/** Names and labels in the first three columns, figures right-aligned after them. */
const table = (head: string[], rows: (string | number)[][]) =>
  formatTable(head, rows, new Set([...head.keys()].filter((i) => i >= 3)));

export function printSummary(results: KindResult[]) {
  console.log('\nReveal latency, the repository statement (ms), large table against small');
  console.log(
    table(
      [
        'database',
        'clients',
        'table',
        'pending',
        'p50',
        'mean',
        'p99',
        'ratio p50',
        'ratio mean',
        'ratio p99',
        'met?',
      ],
      results.flatMap((k) =>
        k.reveal.flatMap((r) => [
          [
            k.database,
            r.concurrency,
            r.small.label,
            r.small.pendingAtStart,
            r.small.latencyMs.p50,
            r.small.latencyMs.mean,
            r.small.latencyMs.p99,
            '',
            '',
            '',
            '',
          ],
          [
            '',
            '',
            r.large.label,
            r.large.pendingAtStart,
            r.large.latencyMs.p50,
            r.large.latencyMs.mean,
            r.large.latencyMs.p99,
            r.ratio.p50,
            r.ratio.mean,
            r.ratio.p99,
            r.met.p50 && r.met.mean ? 'yes' : 'NO',
          ],
        ]),
      ),
    ),
  );
  console.log(`  (target: ratio of p50 and of mean ≤ ${MAX_RATIO})`);
  console.log('\nPurge runs (purgeOnce)');
  console.log(
    table(
      [
        'database',
        'table',
        'run',
        'rows',
        'expired',
        'deleted',
        'ms',
        'expire ms',
        'delete ms',
        'µs/row',
      ],
      results.flatMap((k) =>
        k.purge.map((p) => [
          p.database,
          p.table,
          p.what,
          p.rowsInTable,
          p.expired,
          p.deleted,
          p.ms,
          p.expireMs,
          p.deleteMs,
          p.usPerRow ?? '–',
        ]),
      ),
    ),
  );
}
