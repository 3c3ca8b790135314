// Command-line parsing on Node's util.parseArgs, and the checks every numeric option shares.
// Messages say what is allowed and never repeat a positional argument (it may be a secret).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatDuration, parseDuration } from '../shared/duration';
import { UsageError } from './errors';
import { HELP } from './help';
import type { Io } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command takes. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

/** Strict parsing: unknown options, missing values and repeated flags are usage errors. */
export function parseCommand<const O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    // Node's messages go on with advice about "--"; the first sentence is the useful one.
    const message = err instanceof Error ? err.message.split(/(?<=\.)\s/)[0]! : String(err);
    throw new UsageError(message);
  }
}

/** At most `max` positionals; the message names the count, never the values. */
export function positionals(list: string[], max: number, usage: string): string[] {
  if (list.length > max) {
    throw new UsageError(`too many arguments (${list.length}); usage: ${usage}`);
  }
  return list;
}

/**
 * A command's line: its options and at most `max` positionals; null when it asked for --help,
 * printed here, so every command answers -h alike.
 */
export function commandLine<const O extends Options>(
  command: string,
  args: string[],
  options: O,
  io: Io,
  max: number,
  usage: string,
) {
  const { values, positionals: pos } = parseCommand(args, options);
  if ((values as { help?: boolean }).help) {
    io.stdout.write(HELP[command]!);
    return null;
  }
  return { values, args: positionals(pos, max, usage) };
}

/** A whole number in min..max, or `fallback` when the option is absent. */
export function integerOption(
  name: string,
  raw: string | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  if (raw === undefined) return fallback;
  if (!/^\d{1,9}$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  }
  return Number(raw);
}

/** A duration such as 10m, 1h, 24h or 7d, in seconds within min..max. */
export function durationOption(
  name: string,
  raw: string | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  if (raw === undefined) return fallback;
  let seconds: number;
  try {
    seconds = parseDuration(raw);
  } catch {
    throw new UsageError(`--${name} must be a duration such as 10m, 1h, 24h or 7d`);
  }
  if (seconds < min || seconds > max) {
    throw new UsageError(
      `--${name} must be from ${formatDuration(min)} to ${formatDuration(max)}, got ${formatDuration(seconds)}`,
    );
  }
  return seconds;
}

/** One of `choices`, or `fallback` when absent. */
export function choiceOption<const C extends readonly string[]>(
  name: string,
  raw: string | undefined,
  choices: C,
  fallback: C[number],
): C[number] {
  if (raw === undefined) return fallback;
  if (!(choices as readonly string[]).includes(raw)) {
    throw new UsageError(`--${name} must be one of ${choices.join(', ')}`);
  }
  return raw as C[number];
}
