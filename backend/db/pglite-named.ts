// Named statements on PGlite, as prepared.ts gives pg: PGlite's `query()` parses and plans its
// statement every time, in five protocol calls into WebAssembly (parse, describe, bind, describe,
// execute). Here a statement with parameters is parsed once per text under prepared.ts's name,
// and each call is one protocol call of bind, describe, execute and sync: the repository's
// statements cost PGlite about half as much (docs/benchmarks.md).
import { parse, protocol, type PGlite, type Results } from '@electric-sql/pglite';
import { concatBytes } from '../../shared/encoding';
import { statementName } from './prepared';

const { serialize } = protocol;

/** Runs one statement, named when it has parameters; the caller runs one at a time. */
export function namedQuery(db: PGlite) {
  /** Parameter types of each statement parsed in this session, by name. */
  const parsed = new Map<string, number[]>();

  async function prepare(name: string, text: string): Promise<number[]> {
    const messages = await db.execProtocolStream(
      concatBytes(
        serialize.parse({ name, text }),
        serialize.describe({ type: 'S', name }),
        serialize.sync(),
      ),
      { syncToFs: false },
    );
    const types = parse.parseDescribeStatementResults(messages);
    parsed.set(name, types);
    return types;
  }

  return async function query(
    text: string,
    params: readonly unknown[],
  ): Promise<Results<Record<string, unknown>>> {
    const name = params.length ? statementName(text) : undefined;
    if (!name) return db.query(text, params as unknown[]);
    const types = parsed.get(name) ?? (await prepare(name, text));
    // Each value in PostgreSQL's text format, by the parameter's type, as query() sends it.
    const values = params.map((v, i) => {
      if (v === null || v === undefined) return null;
      const toText = db.serializers[types[i]!];
      return toText ? toText(v) : String(v);
    });
    const messages = await db.execProtocolStream(
      concatBytes(
        serialize.bind({ statement: name, values }),
        serialize.describe({ type: 'P' }),
        serialize.execute({}),
        serialize.sync(),
      ),
      { syncToFs: false },
    );
    // As query() does after each statement: persist what it wrote (a no-op inside a transaction).
    if (!db.isInTransaction()) await db.syncToFs();
    return parse.parseResults(messages, db.parsers)[0] as Results<Record<string, unknown>>;
  };
}
