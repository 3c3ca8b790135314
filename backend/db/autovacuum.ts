// Autovacuum for the embedded database. PGlite runs PostgreSQL in single-user mode, where no
// autovacuum launcher exists: dead row versions from reveals, revokes and the purge job would
// pile up forever, and every lookup would wade through them (docs/deploy.md#autovacuum). So the
// database thread looks at the statistics now and then and vacuums or analyzes a table exactly
// when PostgreSQL's autovacuum would, with PostgreSQL's default thresholds.

/** PostgreSQL's defaults (autovacuum_vacuum_threshold and the rest). */
export const AUTOVACUUM = {
  vacuumThreshold: 50,
  vacuumScaleFactor: 0.2,
  insertThreshold: 1000,
  insertScaleFactor: 0.2,
  analyzeThreshold: 50,
  analyzeScaleFactor: 0.1,
} as const;

export interface TableStats {
  table: string;
  /** pg_class.reltuples: -1 until the table was first vacuumed or analyzed. */
  reltuples: number;
  deadTuples: number;
  insertedSinceVacuum: number;
  modifiedSinceAnalyze: number;
}

export interface MaintenanceStep {
  table: string;
  vacuum: boolean;
  analyze: boolean;
}

/** The statistics the decision needs, one row per table of the schema. */
export const STATS_SQL = `select s.relname as table, c.reltuples::float8 as reltuples,
  s.n_dead_tup::float8 as dead, s.n_ins_since_vacuum::float8 as inserted,
  s.n_mod_since_analyze::float8 as modified
from pg_stat_user_tables s join pg_class c on c.oid = s.relid
where s.schemaname = 'public'`;

/** What autovacuum would do to each table now (relation_needs_vacanalyze in PostgreSQL). */
export function dueSteps(stats: TableStats[], a = AUTOVACUUM): MaintenanceStep[] {
  const steps: MaintenanceStep[] = [];
  for (const s of stats) {
    const tuples = Math.max(0, s.reltuples);
    const vacuum =
      s.deadTuples > a.vacuumThreshold + a.vacuumScaleFactor * tuples ||
      s.insertedSinceVacuum > a.insertThreshold + a.insertScaleFactor * tuples;
    const analyze = s.modifiedSinceAnalyze > a.analyzeThreshold + a.analyzeScaleFactor * tuples;
    if (vacuum || analyze) steps.push({ table: s.table, vacuum, analyze });
  }
  return steps;
}

/** The statement for one step; table names come from the catalogue and are quoted anyway. */
export function stepSql(step: MaintenanceStep): string {
  const name = `"${step.table.replaceAll('"', '""')}"`;
  if (step.vacuum) return step.analyze ? `vacuum (analyze) ${name}` : `vacuum ${name}`;
  return `analyze ${name}`;
}
