// EXPLAIN (ANALYZE, BUFFERS) of the repository's own statements: a Kysely plugin prefixes the
// raw statement and keeps the plan, inside a transaction that is rolled back afterwards.
import {
  RawNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import { createSecretRepository, type SecretRepository } from '../../../backend/secrets/repository';
import type { DatabaseKind } from '../args';
import { HINT, revealArgs, type Share } from '../inputs';
import { benchGate } from './reveals';
import { RETENTION_S } from './settings';
import { kthMs, type Store } from './stores';

/** Prefixes the repository's raw statement with EXPLAIN and keeps the plan it returns. */
class ExplainPlugin implements KyselyPlugin {
  plan: string[] = [];
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const node = args.node;
    if (node.kind !== 'RawNode') throw new Error(`not a raw statement: ${node.kind}`);
    const [first, ...rest] = node.sqlFragments;
    return RawNode.create([`explain (analyze, buffers) ${first ?? ''}`, ...rest], node.parameters);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.plan.push(...args.result.rows.map((r) => String(Object.values(r)[0])));
    return args.result;
  }
}

class Rollback extends Error {}

export interface Explained {
  database: DatabaseKind;
  table: string;
  statement: string;
  condition: string;
  highlights: string[];
  plan: string[];
}

/** EXPLAIN (ANALYZE, BUFFERS) of one repository call, in a transaction rolled back after. */
export async function explain(
  store: Store,
  statement: string,
  condition: string,
  call: (repo: SecretRepository) => Promise<unknown>,
): Promise<Explained> {
  const plugin = new ExplainPlugin();
  try {
    await store.handle.db.transaction().execute(async (trx) => {
      await call(createSecretRepository(trx.withPlugin(plugin)));
      throw new Rollback();
    });
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  return {
    database: store.kind,
    table: store.label,
    statement,
    condition,
    highlights: planHighlights(plugin.plan),
    plan: plugin.plan,
  };
}

/** The plan's scans, the statement's total buffers (the root node's) and its run time. */
const planHighlights = (plan: string[]) => {
  const rootBuffers = plan.findIndex((l) => /^\s*Buffers:/.test(l));
  return plan
    .filter((l, i) => /Scan|Execution Time/.test(l) || i === rootBuffers)
    .map((l) => (l.trim().startsWith('Buffers') ? `total ${l.trim()}` : l.trim()));
};

export async function explains(store: Store, spare: Share, dues: number[]): Promise<Explained[]> {
  const out: Explained[] = [];
  const now = new Date();
  out.push(
    await explain(store, 'reveal', 'a pending secret, right authKey', (r) =>
      r.reveal(revealArgs(spare, now), benchGate(0, now), HINT),
    ),
  );
  out.push(await explain(store, 'expireBatch', 'nothing due', (r) => r.expireBatch(now, 1000)));
  out.push(
    await explain(store, 'deleteTombstones', 'nothing due', (r) =>
      r.deleteTombstones(new Date(now.getTime() - RETENTION_S * 1000), 1000),
    ),
  );
  for (const n of dues) {
    const clock = new Date(await kthMs(store, 'expires_at', n));
    const cutoff = new Date(await kthMs(store, 'ended_at', n));
    const label = `${n.toLocaleString('en')} due`;
    out.push(await explain(store, 'expireBatch', label, (r) => r.expireBatch(clock, 1000)));
    out.push(
      await explain(store, 'deleteTombstones', label, (r) => r.deleteTombstones(cutoff, 1000)),
    );
  }
  return out;
}
