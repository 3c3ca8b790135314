// The command line of the benchmark entry points (run.ts, scale.ts, chart.ts, page.ts,
// extension.ts): `--name` flags and `--name=value` options, and where a run writes its figures.
import { pathToFileURL } from 'node:url';

const argv = process.argv.slice(2);

export const flag = (name: string): boolean => argv.includes(`--${name}`);

export const option = (name: string): string | undefined =>
  argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

export type DatabaseKind = 'pglite' | 'postgres';

/** --only=pglite|postgres; anything else ends the process with a usage error. */
export function onlyOption(): DatabaseKind | undefined {
  const only = option('only');
  if (only && only !== 'pglite' && only !== 'postgres') {
    console.error(`--only must be pglite or postgres, got ${only}`);
    process.exit(2);
  }
  return only as DatabaseKind | undefined;
}

/** --out, else docs/bench/<name>.json for a full run and tests/artifacts/bench/<name>.json for a
 * quick or partial one, so that a partial run never overwrites the recorded figures. */
export const outPath = (name: string, partial: boolean): string =>
  option('out') ?? (partial ? `tests/artifacts/bench/${name}.json` : `docs/bench/${name}.json`);

/** True when the module at `url` is the script node was started with (not an import). */
export const isEntryPoint = (url: string): boolean =>
  !!process.argv[1] && url === pathToFileURL(process.argv[1]).href;
