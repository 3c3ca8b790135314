import { describe, expect, it } from 'vitest';
import { dueSteps, stepSql, type TableStats } from './autovacuum';

const table = (t: Partial<TableStats>): TableStats => ({
  table: 'secret',
  reltuples: 0,
  deadTuples: 0,
  insertedSinceVacuum: 0,
  modifiedSinceAnalyze: 0,
  ...t,
});

describe('dueSteps: PostgreSQL autovacuum thresholds (relation_needs_vacanalyze)', () => {
  it('vacuums past 50 + 20 % dead row versions', () => {
    // 1 M rows: 50 + 200 000 = 200 050 dead versions is the threshold; it must be exceeded.
    const at = table({ reltuples: 1_000_000, deadTuples: 200_050 });
    expect(dueSteps([at])).toEqual([]);
    expect(dueSteps([{ ...at, deadTuples: 200_051 }])).toEqual([
      { table: 'secret', vacuum: true, analyze: false },
    ]);
  });
  it('vacuums past 1000 + 20 % inserts (visibility map, freezing), and analyzes past 50 + 10 %', () => {
    const s = table({ reltuples: 10_000, insertedSinceVacuum: 3_001, modifiedSinceAnalyze: 1_051 });
    expect(dueSteps([s])).toEqual([{ table: 'secret', vacuum: true, analyze: true }]);
    expect(dueSteps([{ ...s, insertedSinceVacuum: 3_000, modifiedSinceAnalyze: 1_050 }])).toEqual(
      [],
    );
    expect(dueSteps([{ ...s, insertedSinceVacuum: 0 }])).toEqual([
      { table: 'secret', vacuum: false, analyze: true },
    ]);
  });
  it('a table never analyzed (reltuples -1) counts as empty', () => {
    expect(dueSteps([table({ reltuples: -1, deadTuples: 51 })])).toEqual([
      { table: 'secret', vacuum: true, analyze: false },
    ]);
    expect(dueSteps([table({ reltuples: -1, deadTuples: 50, insertedSinceVacuum: 1000 })])).toEqual(
      [],
    );
  });
  it('writes one statement per step, the name quoted', () => {
    expect(stepSql({ table: 'secret', vacuum: true, analyze: true })).toBe(
      'vacuum (analyze) "secret"',
    );
    expect(stepSql({ table: 'rate_limit', vacuum: true, analyze: false })).toBe(
      'vacuum "rate_limit"',
    );
    expect(stepSql({ table: 'a"b', vacuum: false, analyze: true })).toBe('analyze "a""b"');
  });
});
