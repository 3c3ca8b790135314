// `npm run build:server`: the backend as plain JavaScript for production, dist/server/*.js
// (and the command-line client as dist/cli/main.js when cli/main.ts exists; `--out DIR` writes
// DIR/server and DIR/cli instead, as the production-build test does). Our own code
// (backend/, shared/) is bundled; every package stays an import that `npm ci --omit=dev`
// provides, so the build fails if the server would import a package that is not among
// package.json's "dependencies" (a devDependency is not installed in production).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';

const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? process.argv[outIndex + 1]! : 'dist';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies?: Record<string, string>;
  engines?: { node?: string };
};
const runtime = new Set(Object.keys(pkg.dependencies ?? {}));

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function checkImports(meta: Metafile, what: string) {
  const wrong = new Set<string>();
  for (const output of Object.values(meta.outputs)) {
    for (const imp of output.imports) {
      if (!imp.external) continue;
      const name = packageName(imp.path);
      if (imp.path.startsWith('node:') || builtinModules.includes(name)) continue;
      if (!runtime.has(name)) wrong.add(name);
    }
  }
  if (wrong.size) {
    throw new Error(
      `${what} imports ${[...wrong].join(', ')} at run time, which ${wrong.size > 1 ? 'are' : 'is'} ` +
        'not in package.json "dependencies": move it there (npm ci --omit=dev would not install it)',
    );
  }
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  // Every package resolves from node_modules at run time, where `npm ci --omit=dev` puts it.
  packages: 'external',
  sourcemap: 'linked',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
} as const;

rmSync(join(out, 'server'), { recursive: true, force: true });
const server = await build({
  ...common,
  // The embedded database's thread is a file of its own, beside main.js (backend/db/pglite-thread.ts).
  entryPoints: {
    main: 'backend/main.ts',
    migrate: 'backend/migrate.ts',
    'pglite-worker': 'backend/db/pglite-worker.ts',
  },
  outdir: join(out, 'server'),
});
checkImports(server.metafile, 'the server');
const built = ['main', 'migrate', 'pglite-worker'].map((f) => join(out, `server/${f}.js`));

if (existsSync('cli/main.ts')) {
  rmSync(join(out, 'cli'), { recursive: true, force: true });
  const cli = await build({
    ...common,
    entryPoints: { main: 'cli/main.ts' },
    outdir: join(out, 'cli'),
  });
  checkImports(cli.metafile, 'the command-line client');
  built.push(join(out, 'cli/main.js'));
}
console.error(`built ${built.join(', ')}`);
