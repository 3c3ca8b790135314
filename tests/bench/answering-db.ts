// A Kysely for PostgreSQL whose driver runs nothing: each statement gets the rows `answer` gives
// it. For capturing the repository's exact SQL (statements.ts) and for the backend without a
// database (stub-server.ts).
import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from 'kysely';
import type { Database } from '../../backend/db/types';

class AnsweringDriver implements Driver {
  constructor(private readonly answer: (q: CompiledQuery) => unknown[]) {}
  async init() {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return {
      executeQuery: async <R>(q: CompiledQuery): Promise<QueryResult<R>> => ({
        rows: this.answer(q) as R[],
      }),
      // eslint-disable-next-line require-yield -- never streamed
      streamQuery: async function* () {
        throw new Error('not used');
      },
    };
  }
  async beginTransaction() {}
  async commitTransaction() {}
  async rollbackTransaction() {}
  async releaseConnection() {}
  async destroy() {}
}

export function answeringDb(answer: (q: CompiledQuery) => unknown[]): Kysely<Database> {
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new AnsweringDriver(answer),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}
