#!/usr/bin/env node
// The `oncelink` command (package.json "bin"). Runs the production build (dist/cli/main.js,
// from `npm run build`) when it exists and is newer than the sources, else the TypeScript
// sources through tsx (a development install), so an edit is never hidden by an old build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';

const built = new URL('../dist/cli/main.js', import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));

/** Newest modification time of the sources the build is made from (0 when there are none). */
function newestSource() {
  let newest = 0;
  for (const dir of ['cli', 'shared']) {
    let names;
    try {
      names = readdirSync(`${root}/${dir}`, { recursive: true });
    } catch {
      continue;
    }
    for (const name of names) {
      if (!/\.ts$/.test(name) || /\.test\.ts$/.test(name)) continue;
      newest = Math.max(newest, statSync(`${root}/${dir}/${name}`).mtimeMs);
    }
  }
  return newest;
}

async function fromSource() {
  const { tsImport } = await import('tsx/esm/api');
  await tsImport('./main.ts', import.meta.url);
}

const hasBuild = existsSync(built);
if (hasBuild && statSync(built).mtimeMs >= newestSource()) {
  await import(built.href);
} else {
  try {
    await fromSource();
  } catch (err) {
    // No tsx (a production install): an older build still beats nothing.
    if (!hasBuild || err?.code !== 'ERR_MODULE_NOT_FOUND') throw err;
    await import(built.href);
  }
}
