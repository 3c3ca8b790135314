// Operator configuration from environment variables (DESIGN.md §4), validated once at start.
// Every bad value is reported by name with what was expected, and the process refuses to start.
import { z } from 'zod';
import { parseDuration } from '../shared/duration';
import { EXPIRY, SECRET_BYTES, VIEWS } from '../shared/limits';

const duration = (min: number, max: number) =>
  z.string().transform((s, ctx) => {
    try {
      const n = parseDuration(s);
      if (n < min || n > max) throw new RangeError(`must be between ${min}s and ${max}s`);
      return n;
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: (e as Error).message });
      return z.NEVER;
    }
  });

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const EnvSchema = z.object({
  PORT: integer(0, 65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://once.example.com' })
    .optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data/pglite'),
  DB_POOL_SIZE: integer(1, 200).default(10),
  MAX_EXPIRY: duration(EXPIRY.min, EXPIRY.hardMax).default(EXPIRY.max),
  MAX_VIEWS: integer(1, VIEWS.hardMax).default(VIEWS.max),
  MAX_SECRET_BYTES: integer(1024, SECRET_BYTES.hardMax).default(SECRET_BYTES.default),
  RATE_LIMIT_CREATE: integer(0, 1_000_000).default(30),
  RATE_LIMIT_REVEAL: integer(0, 1_000_000).default(20),
  RETENTION: duration(0, 365 * 86400).default(7 * 86400),
  PURGE_INTERVAL: duration(1, 86400).default(60),
  TRUST_PROXY: integer(0, 10).default(0),
  EVENT_CLIENT_IP: z.enum(['none', 'prefix', 'full']).default('none'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_GRACE: duration(0, 600).default(10),
});

export type Config = Omit<z.output<typeof EnvSchema>, 'PUBLIC_URL'> & { PUBLIC_URL: string };

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment; throws ConfigError listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(
    Object.keys(EnvSchema.shape)
      .filter((k) => env[k] !== undefined && env[k] !== '')
      .map((k) => [k, env[k]]),
  );
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const name = String(i.path[0]);
      // A database URL may hold a password: name the variable, never echo its value.
      const shown = name === 'DATABASE_URL' ? '…' : JSON.stringify(present[name] ?? '');
      return `  ${name}=${shown}: ${i.message}`;
    });
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const publicUrl = (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, '');
  return { ...c, PUBLIC_URL: publicUrl };
}
