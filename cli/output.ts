// How results are printed: JSON checked against its documented schema, times as people read
// them in a terminal, and plain aligned tables.
import type { z } from 'zod';
import { previewerFor } from '../shared/previewers';
import { messageForPreviewer } from '../shared/messages';
import type { SecretEvent } from '../shared/schemas';
import type { Io } from './io';

/** Characters JSON.stringify leaves as they are that a terminal acts on (cli/terminal-text.ts). */
const JSON_UNSAFE = /[\x7f-\x9f\u061c\u202a-\u202e\u2066-\u2069]/g;

/**
 * Prints one JSON object on one line, after checking it against the schema that documents it.
 * DEL, C1 and bidi controls are written as \u escapes (JSON.stringify escapes only C0): the
 * same JSON value for a script, nothing a terminal would act on for a person.
 */
export function printJson<S extends z.ZodType>(io: Io, schema: S, value: z.input<S>): void {
  const text = JSON.stringify(schema.parse(value)).replace(
    JSON_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  io.stdout.write(`${text}\n`);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "2025-11-22 14:03" in local time. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

export { formatRelative } from '../shared/relative-time';

/**
 * "opened×2, opened by a Slack link preview, viewed": each type once (an opening by a known
 * previewer or scanner apart, in shared/messages.ts's words), in order of first occurrence,
 * with its count.
 */
export function summarizeEvents(events: readonly SecretEvent[]): string {
  const counts = new Map<string, number>();
  for (const e of events) {
    const key =
      e.type === 'opened' && e.previewer ? messageForPreviewer(previewerFor(e.previewer)) : e.type;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([type, n]) => (n > 1 ? `${type}×${n}` : type)).join(', ');
}

/** Columns padded to their widest cell; the last column is not padded. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

/** Cuts `s` to `max` characters with an ellipsis; control and bidi characters become spaces. */
export function clip(s: string, max: number): string {
  const clean = s.replace(/[\p{Cc}\u061c\u202a-\u202e\u2066-\u2069]/gu, ' ');
  const chars = [...clean];
  return chars.length <= max ? clean : `${chars.slice(0, max - 1).join('')}…`;
}

/** Entropy as people read it: whole bits, or one decimal when not whole. */
export function formatBits(bits: number): string {
  return Number.isInteger(bits) ? `${bits}` : bits.toFixed(1);
}
