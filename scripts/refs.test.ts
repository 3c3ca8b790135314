import { describe, expect, it } from 'vitest';
import { commentsOf, extractRefs, headingAnchors, resolveTarget, slugify, type Ref } from './refs';

const TOP = new Set(['docs', 'shared', 'tests', 'backend']);
// Built from parts, so this file does not name them itself.
const BRIEF = ['DESIGN', 'md'].join('.');
const NOTES = ['STACK', 'NOTES'].join('-');

const targets = (refs: Ref[]) =>
  refs.map((r) =>
    r.kind === 'path' ? `${r.target}${r.anchor === null ? '' : `#${r.anchor}`}` : r.kind,
  );

describe('slugify (GitHub anchors)', () => {
  it.each([
    ['Reveal', 'reveal'],
    ['Known-answer vector', 'known-answer-vector'],
    ['Which address is the client (`TRUST_PROXY`)', 'which-address-is-the-client-trust_proxy'],
    ['Targets (§6) and whether they are met', 'targets-6-and-whether-they-are-met'],
    ['A — B', 'a--b'],
    ['**Bold** and [a link](x.md)', 'bold-and-a-link'],
    ['Größe über alles', 'größe-über-alles'],
  ])('%s → %s', (heading, anchor) => expect(slugify(heading)).toBe(anchor));
});

describe('headingAnchors', () => {
  it('numbers duplicates and skips fenced code', () => {
    const md = [
      '# Title',
      '## Tests',
      '```sh',
      '# not a heading',
      '```',
      '## Tests',
      '### Tests ##',
    ].join('\n');
    expect([...headingAnchors(md)]).toEqual(['title', 'tests', 'tests-1', 'tests-2']);
  });
});

describe('resolveTarget', () => {
  it('resolves from the file or from the root, and refuses to leave the repository', () => {
    expect(resolveTarget('docs/deploy.md', 'architecture.md', true)).toBe('docs/architecture.md');
    expect(resolveTarget('docs/bench/scale.md', '../benchmarks.md', true)).toBe(
      'docs/benchmarks.md',
    );
    expect(resolveTarget('shared/kdf.ts', 'docs/protocol.md', false)).toBe('docs/protocol.md');
    expect(resolveTarget('tests/x.ts', 'tests/e2e/', false)).toBe('tests/e2e');
    expect(resolveTarget('backend/a.ts', `../../shared/${BRIEF}`, true)).toBeNull();
  });
});

describe('commentsOf', () => {
  it('keeps comments, drops code and strings', () => {
    const src = [
      "import x from './y'; // see docs/a.md",
      "const u = 'http://h/p'; /* docs/b.md */ const v = 1;",
      '/**',
      ' * docs/c.md',
      ' */',
      "const s = 'docs/d.md // not a comment';",
    ].join('\n');
    expect(commentsOf(src).map((l) => l.trim())).toEqual([
      'see docs/a.md',
      'docs/b.md',
      '*',
      '* docs/c.md',
      '',
      '',
    ]);
  });
});

describe('extractRefs', () => {
  it('finds paths with anchors in comments, not in strings', () => {
    const src = [
      '// The reveal (docs/protocol.md#reveal), like tests/support/relay.ts: and backend/http.',
      "const out = 'docs/bench/chart.svg';",
    ].join('\n');
    expect(targets(extractRefs('shared/x.ts', src, TOP))).toEqual([
      'docs/protocol.md#reveal',
      'tests/support/relay.ts',
      'backend/http',
    ]);
  });

  it('names the documents from outside, and paths that leave the repository', () => {
    const src = `// (${BRIEF} §2) and ${NOTES}; the design ${'brief'}; ../../shared/${BRIEF}`;
    const refs = extractRefs('shared/x.ts', src, TOP);
    expect(refs.filter((r) => r.kind === 'name').map((r) => r.kind === 'name' && r.name)).toEqual([
      BRIEF,
      NOTES,
      `design ${'brief'}`,
    ]);
    expect(refs.filter((r) => r.kind === 'outside')).toHaveLength(1);
  });

  it('skips URLs, npm paths, generated and non-repository directories, globs and templates', () => {
    const src = [
      '// https://github.com/x/docs/a.md, chrome-extension://id/popup.html',
      '// @trpc/server/http, bip39/src/wordlists/english.json, dist/page, .output/chrome-mv3',
      '// docs/bench/*.json, tests/artifacts/<name>.png, shared/${x}.ts, /usr/bin/chromium',
      '// ./data/pglite (a runtime directory: no file type)',
    ].join('\n');
    expect(extractRefs('backend/x.ts', src, TOP)).toEqual([]);
  });

  it('resolves markdown links from their file, and same-file anchors', () => {
    const md = [
      'See [arch](architecture.md#threat-model), [top](#top), [web](https://x.dev/a.md).',
      '![chart](bench/chart.svg) and `docs/protocol.md#api`; [up](../README.md)',
      '```',
      '[not a link](nowhere.md)',
      '```',
    ].join('\n');
    expect(targets(extractRefs('docs/deploy.md', md, TOP))).toEqual([
      'docs/architecture.md#threat-model',
      'docs/deploy.md#top',
      'docs/bench/chart.svg',
      'README.md',
      'docs/protocol.md#api',
    ]);
  });

  it('strips trailing punctuation and line numbers', () => {
    const refs = extractRefs('a.json', '"see shared/kdf.ts:71. Or docs/x.md#y!"', TOP);
    expect(targets(refs)).toEqual(['shared/kdf.ts', 'docs/x.md#y']);
  });
});
