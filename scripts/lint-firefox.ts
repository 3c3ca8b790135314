// `npm run check` step: builds the Firefox extension and runs Mozilla's `web-ext lint` (the
// linter addons.mozilla.org runs on every submission) on it. Any error, warning or notice fails,
// except one known false positive, accepted only while it stays false: Preact's renderer
// assigns `innerHTML` for `dangerouslySetInnerHTML`, which no component here uses, so that
// branch never runs. (A reviewer sees the same line in the sources zip.)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = '.output/firefox-mv3';
const SOURCES = ['extension', 'web', 'shared'];

interface Message {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  // web-ext lint exits 1 when it found errors; its JSON still says which.
  if (r.status !== 0 && !(cmd.endsWith('web-ext') && r.stdout.trim().startsWith('{'))) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr}${r.stdout}`);
  }
  return r.stdout;
}

/** Does any of our own source hand raw HTML to the renderer? */
function sourcesUseRawHtml(): boolean {
  const r = spawnSync('git', ['grep', '-l', 'dangerouslySetInnerHTML', '--', ...SOURCES], {
    encoding: 'utf8',
  });
  return r.stdout.trim().length > 0;
}

/** Preact's `dangerouslySetInnerHTML` branch, and nothing of ours, is what was flagged. */
function isPreactsDeadBranch(m: Message): boolean {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !/innerHTML/.test(m.message) || !m.file) return false;
  const line = readFileSync(join(OUT, m.file), 'utf8').split('\n')[(m.line ?? 1) - 1] ?? '';
  const at = m.column ?? 0;
  const around = line.slice(Math.max(0, at - 400), at + 200);
  return around.includes('dangerouslySetInnerHTML') && around.includes('.__html');
}

function main(): number {
  run('npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
  const report = JSON.parse(
    run('node_modules/.bin/web-ext', [
      'lint',
      '--source-dir',
      OUT,
      '--output',
      'json',
      '--no-input',
    ]),
  ) as { errors: Message[]; warnings: Message[]; notices: Message[] };
  const all = [...report.errors, ...report.warnings, ...report.notices];
  const rawHtml = sourcesUseRawHtml();
  const problems = all.filter((m) => rawHtml || !isPreactsDeadBranch(m));
  for (const m of problems) {
    console.error(`${m.file ?? 'manifest'}:${m.line ?? 0}: ${m.code}: ${m.message}`);
  }
  if (problems.length) {
    console.error(`\nweb-ext lint: ${problems.length} finding(s) a store review would flag.`);
    return 1;
  }
  const accepted = all.length - problems.length;
  process.stdout.write(
    `web-ext lint: ${OUT} is clean` +
      (accepted ? ` (${accepted} accepted: Preact's unused dangerouslySetInnerHTML branch)` : '') +
      '.\n',
  );
  return 0;
}

process.exitCode = main();
