// How big the scale benchmark's tables are and how much it measures, full or --quick.

export interface ScaleSettings {
  small: number;
  large: number;
  pgliteLarge: number;
  /** If filling PGlite to `pgliteLarge` would take longer than the budget, stop here. */
  pgliteMinLarge: number;
  pgliteFillBudgetS: number;
  chunks: number;
  /** Measured reveals per database and concurrency, in `rounds` alternating rounds. */
  reveals: number;
  warmup: number;
  rounds: number;
  concurrency: number[];
  purgeDue: number[];
  idleRuns: number;
  waitForQuiet: boolean;
}

export function scaleSettings(quick: boolean, waitForQuiet: boolean): ScaleSettings {
  return quick
    ? {
        small: 10_000,
        large: 100_000,
        pgliteLarge: 50_000,
        pgliteMinLarge: 20_000,
        pgliteFillBudgetS: 60,
        chunks: 5,
        reveals: 400,
        warmup: 50,
        rounds: 4,
        concurrency: [1, 16],
        purgeDue: [1_000, 10_000],
        idleRuns: 3,
        waitForQuiet: false,
      }
    : {
        small: 10_000,
        large: 1_000_000,
        pgliteLarge: 1_000_000,
        pgliteMinLarge: 200_000,
        pgliteFillBudgetS: 240,
        chunks: 10,
        reveals: 2_000,
        warmup: 200,
        rounds: 8,
        concurrency: [1, 16],
        purgeDue: [1_000, 10_000, 100_000],
        idleRuns: 3,
        waitForQuiet,
      };
}

/** Tombstones (terminal rows, no secret material) per pending row: 20 % of all rows. */
export const TOMBSTONES_PER_PENDING = 0.25;
export const POOL_SIZE = 16;
export const RETENTION_S = 7 * 86400; // backend/config.ts RETENTION default
/** The target (docs/benchmarks.md#targets): 1 M within 20 % of 10 k. */
export const MAX_RATIO = 1.2;
