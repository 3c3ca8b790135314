// Operator configuration from environment variables (docs/deploy.md#configuration), validated once at start.
// Every bad value is reported by name with what was expected, and the process refuses to start.
import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { parseDuration } from '../shared/duration';
import { EXPIRY, FILE_BYTES, SECRET_BYTES, VIEWS } from '../shared/limits';
import { checkLogo, LOGO_MAX_BYTES, supportLink } from './http/brand';
import { parseTrustEntry, type TrustProxy } from './http/client-ip';

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

const UNITS: Record<string, number> = {
  '': 1,
  KiB: 2 ** 10,
  MiB: 2 ** 20,
  GiB: 2 ** 30,
  TiB: 2 ** 40,
};

/** A size in bytes, written as a whole number of bytes or of KiB, MiB, GiB or TiB. */
const byteSize = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+ ?(KiB|MiB|GiB|TiB)?$/, 'must be a size such as 1073741824, 512MiB or 1GiB')
    .transform((s) => Number(/^\d+/.exec(s)![0]) * UNITS[s.replace(/^\d+ ?/, '')]!)
    .pipe(z.number().int().min(min, 'must be at least 1 MiB').max(max, 'must be at most 1024 TiB'));

/** A number of proxy hops (0–10), or a comma-separated list of proxy addresses and ranges. */
const trustProxy = z.string().transform((s, ctx): TrustProxy => {
  const text = s.trim();
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (n <= 10) return n;
    ctx.addIssue({ code: 'custom', message: 'a number of proxies must be between 0 and 10' });
    return z.NEVER;
  }
  const cidrs: string[] = [];
  for (const entry of text.split(',').map((e) => e.trim())) {
    const parsed = entry ? parseTrustEntry(entry) : null;
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        message:
          `${JSON.stringify(entry)} is not an address, a CIDR range (10.0.0.0/8), loopback or ` +
          'private; give a comma-separated list of those, or a number of proxies (0–10)',
      });
      return z.NEVER;
    }
    cidrs.push(...parsed);
  }
  return [...new Set(cidrs)];
});

/** A logo file, read and checked at start: type, size, and that it is the image it claims. */
const logoFile = z.string().transform((path, ctx) => {
  let problem: string | null;
  try {
    if (!statSync(path).isFile()) problem = 'is not a file';
    else if (statSync(path).size > LOGO_MAX_BYTES) problem = 'is larger than 256 KiB';
    else problem = checkLogo(path, readFileSync(path));
  } catch (e) {
    problem = `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  }
  if (problem) {
    ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  }
  return path;
});

/** Where the home page sends people for the extension: an https page, no credentials in it. */
const storeUrl = z.string().refine((s) => {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && !u.username && !u.password;
  } catch {
    return false;
  }
}, "must be an https:// URL, such as the extension's page in a browser store");

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
  /** Server processes on one port; unset: one per available core (on PGlite always one). */
  WORKERS: integer(1, 256).optional(),
  MAX_EXPIRY: duration(EXPIRY.min, EXPIRY.hardMax).default(EXPIRY.max),
  MAX_VIEWS: integer(1, VIEWS.hardMax).default(VIEWS.max),
  MAX_SECRET_BYTES: integer(1024, SECRET_BYTES.hardMax).default(SECRET_BYTES.default),
  /** Largest file in a share or an answer, in bytes; 0 takes no files. */
  MAX_FILE_BYTES: integer(0, FILE_BYTES.hardMax).default(FILE_BYTES.default),
  /** The storage ceiling: bytes of secret material (ciphertexts of shares, notes and answers)
   * all instances together may hold; past it, what would store more answers SERVICE_FULL. */
  MAX_PENDING_BYTES: byteSize(2 ** 20, 2 ** 50).default(2 ** 30),
  RATE_LIMIT_CREATE: integer(0, 1_000_000).default(30),
  RATE_LIMIT_REVEAL: integer(0, 1_000_000).default(20),
  RATE_LIMIT_PEEK: integer(0, 1_000_000).default(60),
  RATE_LIMIT_STATUS: integer(0, 1_000_000).default(60),
  RATE_LIMIT_REVOKE: integer(0, 1_000_000).default(30),
  /** IPv6 clients count by this prefix: one host usually holds a whole /64. */
  RATE_LIMIT_IPV6_PREFIX: integer(48, 64).default(64),
  /** How long a spent reveal's answer can be asked for again by its receipt; 0: off
   * (docs/protocol.md#grace). At most 10 minutes: the ciphertext outlives its last view. */
  REVEAL_GRACE: duration(0, 600).default(60),
  RETENTION: duration(0, 365 * 86400).default(7 * 86400),
  PURGE_INTERVAL: duration(1, 86400).default(60),
  TRUST_PROXY: trustProxy.default(0),
  EVENT_CLIENT_IP: z.enum(['none', 'prefix', 'full']).default('none'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_GRACE: duration(0, 600).default(10),
  /** The built recipient page; unset: dist/page of the installed package. */
  PAGE_DIR: z.string().min(1).optional(),
  /** When set, /metrics wants `Authorization: Bearer <token>`. */
  METRICS_TOKEN: z
    .string()
    .min(16, 'must be at least 16 characters (e.g. openssl rand -hex 32)')
    .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces')
    .optional(),
  BRAND_NAME: z
    .string()
    .trim()
    .min(1)
    .max(40, 'must be at most 40 characters')
    .regex(/^[^\p{Cc}\p{Cf}]+$/u, 'must not contain control characters')
    .optional(),
  BRAND_LOGO: logoFile.optional(),
  BRAND_ACCENT: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i, 'must be a colour as #rrggbb, e.g. #0a7d5a')
    .transform((s) => s.toLowerCase())
    .optional(),
  /** `off`: the home page shares nothing and points to the extension and the CLI instead. */
  WEB_SHARE: z.enum(['on', 'off']).default('on'),
  EXTENSION_URL_CHROME: storeUrl.optional(),
  EXTENSION_URL_FIREFOX: storeUrl.optional(),
  BRAND_SUPPORT: z
    .string()
    .refine((s) => supportLink(s) !== null, 'must be an e-mail address or an https:// URL')
    .optional(),
});

/** Values never echoed in error messages: they may hold a password or a token. */
const SECRET_VARS = new Set(['DATABASE_URL', 'METRICS_TOKEN']);

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
      // A database URL may hold a password, a token is one: name the variable, never its value.
      const shown = SECRET_VARS.has(name) ? '…' : JSON.stringify(present[name] ?? '');
      return `  ${name}=${shown}: ${i.message}`;
    });
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const publicUrl = (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, '');
  return { ...c, PUBLIC_URL: publicUrl };
}
