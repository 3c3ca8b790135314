// `npm run check` fails here on any reference to something the repository does not hold: a
// file or directory named in a link, a comment or prose that is not tracked (nor untracked and
// not ignored), a `#anchor` no heading of that markdown file produces, or the name of a
// document from outside the repository. Generated files (git-ignored, e.g. tests/artifacts/)
// may be named. The rules are in scripts/refs.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { extractRefs, headingAnchors, type Ref } from './refs';

const SKIPPED = new Set(['package-lock.json']);
const TRIED_EXTENSIONS = ['', '.ts', '.tsx', '.js', '.json', '/index.ts'];

function git(args: string[], input?: string): string {
  const r = spawnSync('git', args, { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0 && r.status !== 1) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Tracked files and untracked ones that are not ignored, as they are on disk now. */
function repositoryFiles(): string[] {
  const listed = git(['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  return [...new Set(listed.split('\0'))].filter((f) => f && existsSync(f));
}

function readText(file: string): string | null {
  const buf = readFileSync(file);
  return buf.subarray(0, 8000).includes(0) ? null : buf.toString('utf8');
}

function main(): number {
  const files = repositoryFiles();
  const held = new Set<string>(['']);
  for (const f of files) {
    const parts = f.split('/');
    for (let i = 1; i <= parts.length; i++) held.add(parts.slice(0, i).join('/'));
  }
  const topDirs = new Set(files.filter((f) => f.includes('/')).map((f) => f.split('/')[0]!));
  const anchors = new Map<string, Set<string>>();
  const anchorsOf = (md: string) => {
    if (!anchors.has(md)) anchors.set(md, headingAnchors(readFileSync(md, 'utf8')));
    return anchors.get(md)!;
  };

  const missing: { file: string; ref: Extract<Ref, { kind: 'path' }> }[] = [];
  const problems: string[] = [];
  for (const file of files) {
    if (SKIPPED.has(file)) continue;
    const text = readText(file);
    if (text === null) continue;
    for (const ref of extractRefs(file, text, topDirs)) {
      const at = `${file}:${ref.line}`;
      if (ref.kind === 'name') {
        problems.push(`${at}: names ${ref.name}, which is not in the repository`);
      } else if (ref.kind === 'outside') {
        problems.push(`${at}: ${ref.target} points outside the repository`);
      } else if (!TRIED_EXTENSIONS.some((ext) => held.has(ref.target + ext))) {
        missing.push({ file, ref });
      } else if (ref.anchor !== null && ref.target.endsWith('.md')) {
        if (!anchorsOf(ref.target).has(ref.anchor)) {
          problems.push(`${at}: no heading of ${ref.target} makes #${ref.anchor}`);
        }
      }
    }
  }
  // Missing but git-ignored is a generated file (a build output, a screenshot): fine to name.
  // Both spellings, since `dir/` patterns match only what git knows is a directory.
  const asked = missing.flatMap((m) => [m.ref.target, `${m.ref.target}/`]);
  const ignored = new Set(git(['check-ignore', '--stdin'], asked.join('\n')).split('\n'));
  for (const { file, ref } of missing) {
    if (!ignored.has(ref.target) && !ignored.has(`${ref.target}/`)) {
      problems.push(`${file}:${ref.line}: ${ref.target} is not in the repository`);
    }
  }

  for (const p of problems) console.error(p);
  if (problems.length) {
    console.error(`\n${problems.length} reference(s) to what the repository does not hold.`);
    return 1;
  }
  process.stdout.write(
    `references: ${files.length} files checked, all point inside the repository.\n`,
  );
  return 0;
}

process.exitCode = main();
