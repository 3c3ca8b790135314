// The pure half of scripts/check-refs.ts: finding what a file refers to (markdown links, paths
// in comments and prose, names of documents the repository does not hold) and the anchors a
// markdown file's headings produce. No I/O here, so scripts/refs.test.ts can pin it.
import { posix } from 'node:path';

/** A reference found in a file: a repository path (maybe with `#anchor`) or a forbidden name. */
export type Ref =
  | { line: number; kind: 'path'; target: string; anchor: string | null }
  | { line: number; kind: 'outside'; target: string }
  | { line: number; kind: 'name'; name: string };

// Documents the project was built from but does not hold (written so this file does not match).
const FORBIDDEN = [/DESIGN\.md/, /STACK-NOTE[S]/i, /design[ ]brief/i];

/** GitHub's anchor for a heading's text (github-slugger): lowercase, punctuation dropped. */
export function slugify(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: their text
    .replace(/<[^>]+>/g, '') // inline HTML
    .replace(/[`*]/g, ''); // code and emphasis marks
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

/** Lines that are not inside a fenced code block, with their 1-based numbers. */
function proseLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let fence: string | null = null;
  text.split('\n').forEach((t, i) => {
    const m = /^\s*(`{3,}|~{3,})/.exec(t);
    if (m) {
      if (fence === null) fence = m[1]!.slice(0, 3);
      else if (m[1]!.startsWith(fence)) fence = null;
      return;
    }
    if (fence === null) out.push({ line: i + 1, text: t });
  });
  return out;
}

/** Every anchor the headings of a markdown file produce, duplicates numbered as GitHub does. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text } of proseLines(markdown)) {
    const m = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(text);
    if (!m) continue;
    const base = slugify(m[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** File types a `./` or `../` path in prose or a comment is checked for (imports: tsc's job). */
const RELATIVE_CHECKED = /\.(md|ts|tsx|js|json|css|html|svg|png|sql|sh)$/;
const PATH = /^(\.\.?\/)*[\w.@+-]+(\/[\w.@+-]+)*\/?$/;

function splitAnchor(target: string): [string, string | null] {
  const i = target.indexOf('#');
  return i < 0 ? [target, null] : [target.slice(0, i), target.slice(i + 1)];
}

/**
 * Resolves `target` as written in `file`: relative to the file when it starts with ./ or ../
 * (or always, for markdown links), else from the repository root. null: outside the repository.
 */
export function resolveTarget(file: string, target: string, fromFile: boolean): string | null {
  const joined = fromFile ? posix.join(posix.dirname(file), target) : posix.normalize(target);
  const clean = joined.replace(/\/$/, '');
  if (clean === '..' || clean.startsWith('../')) return null;
  return clean === '.' ? '' : clean;
}

function pathRef(line: number, file: string, raw: string, fromFile: boolean): Ref {
  const [path, anchor] = splitAnchor(raw);
  const target = path === '' ? file : resolveTarget(file, path, fromFile);
  return target === null
    ? { line, kind: 'outside', target: raw }
    : { line, kind: 'path', target, anchor };
}

/** Markdown links `[text](target)` and `![alt](target)` to files of this repository. */
function markdownLinks(line: number, file: string, text: string): Ref[] {
  const refs: Ref[] = [];
  for (const m of text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const target = m[1]!;
    if (SCHEME.test(target) || target.startsWith('/')) continue;
    refs.push(pathRef(line, file, target, true));
  }
  return refs;
}

/**
 * Paths written in prose, comments or strings: `docs/protocol.md#reveal`, `tests/support/databases.ts`.
 * A bare path counts only when its first segment is a top-level directory of the repository (so
 * npm paths like `@trpc/server/http`, `bip39/src/…` and generated `dist/` are not references);
 * URLs, globs and templates (`*`, `<id>`, `${x}`) are skipped.
 */
function pathTokens(line: number, file: string, text: string, topDirs: Set<string>): Ref[] {
  const refs: Ref[] = [];
  for (let token of text.split(/[\s`'"()[\]{},;|]+/)) {
    token = token
      .replace(/^[>=]+/, '')
      .replace(/[.:!?]+$/, '')
      .replace(/(:\d+)+$/, '');
    if (!token.includes('/') || token.includes('://') || /[*<>$]/.test(token)) continue;
    const [path] = splitAnchor(token);
    if (!PATH.test(path)) continue;
    const relative = path.startsWith('./') || path.startsWith('../');
    if (relative ? !RELATIVE_CHECKED.test(path) : !topDirs.has(path.split('/')[0]!)) continue;
    refs.push(pathRef(line, file, token, relative));
  }
  return refs;
}

const CODE = /\.(ts|tsx|js|mjs|cjs)$/;

/**
 * The comment text of each line of JavaScript/TypeScript source (blank where there is none).
 * Strings hold runtime paths, which tests and builds exercise; comments hold the references
 * people follow. A light scanner: quotes end at the line's end, regex literals are not parsed.
 */
export function commentsOf(source: string): string[] {
  let inBlock = false;
  return source.split('\n').map((line) => {
    let out = '';
    let quote: string | null = null;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (inBlock) {
        if (c === '*' && line[i + 1] === '/') {
          inBlock = false;
          out += ' ';
          i++;
        } else out += c;
      } else if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = null;
      } else if (c === "'" || c === '"' || c === '`') quote = c;
      else if (c === '/' && line[i + 1] === '/') return out + line.slice(i + 2);
      else if (c === '/' && line[i + 1] === '*') {
        inBlock = true;
        i++;
      }
    }
    return out;
  });
}

/** Everything `file` (repository-relative) refers to; `topDirs`: the repository's top level. */
export function extractRefs(file: string, text: string, topDirs: Set<string>): Ref[] {
  const refs: Ref[] = [];
  const markdown = file.endsWith('.md');
  const prose = markdown ? new Set(proseLines(text).map((l) => l.line)) : null;
  const comments = CODE.test(file) ? commentsOf(text) : null;
  text.split('\n').forEach((t, i) => {
    const line = i + 1;
    for (const re of FORBIDDEN) {
      const m = re.exec(t);
      if (m) refs.push({ line, kind: 'name', name: m[0] });
    }
    if (prose?.has(line)) refs.push(...markdownLinks(line, file, t));
    // A link's target is resolved from its file above, not again from the root.
    const rest = markdown ? t.replace(/\]\([^)]*\)/g, ']') : (comments?.[i] ?? t);
    refs.push(...pathTokens(line, file, rest, topDirs));
  });
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = JSON.stringify(r);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}
