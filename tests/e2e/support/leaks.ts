// Looking for secrets where they must not be: every spelling a value could take on the way
// (UTF-8 text, JSON- and URL-escaped, hex either case, base64 and base64url at any byte alignment,
// raw bytes), and a database dump that renders every column in all of those forms too.
import { sql, type Kysely } from 'kysely';

/**
 * The part of the base64 of `bytes` that does not depend on what surrounds them, for each of the
 * three alignments the bytes can have inside a longer encoded buffer.
 */
function base64Cores(bytes: Uint8Array): string[] {
  const out: string[] = [];
  for (let k = 0; k < 3; k++) {
    const padded = Buffer.concat([Buffer.alloc(k), Buffer.from(bytes)]);
    const enc = padded.toString('base64').replace(/=+$/, '');
    const core = enc.slice(Math.ceil((8 * k) / 6), Math.floor((8 * (k + bytes.length)) / 6));
    out.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return out;
}

export interface Needle {
  name: string;
  /** Text forms to look for in text. */
  forms: string[];
  /** The raw bytes, looked for in raw bodies and columns. */
  bytes: Uint8Array;
}

/** Every spelling of `bytes` (a key, or the UTF-8 of a text) worth looking for. */
export function needle(name: string, bytes: Uint8Array, texts: string[] = []): Needle {
  const hex = Buffer.from(bytes).toString('hex');
  const forms = new Set<string>([hex, hex.toUpperCase(), ...base64Cores(bytes)]);
  for (const t of texts) {
    forms.add(t);
    forms.add(JSON.stringify(t).slice(1, -1));
    forms.add(encodeURIComponent(t));
    forms.add(encodeURIComponent(t).replace(/%20/g, '+'));
  }
  return { name, bytes, forms: [...forms].filter((f) => f.length >= 8) };
}

/** Where `n` shows up in `haystack` (text, and raw bytes when given); empty: nowhere. */
export function findIn(n: Needle, haystack: { text: string; raw?: Buffer[] }): string[] {
  const found = n.forms.filter((f) => haystack.text.includes(f));
  if (haystack.raw?.some((b) => b.includes(Buffer.from(n.bytes)))) found.push('(raw bytes)');
  return found;
}

/** Renders a column value every way it could be read: text, hex, base64, base64url. */
function renderValue(v: unknown): string {
  if (v instanceof Uint8Array) {
    const b = Buffer.from(v);
    return [
      b.toString('hex'),
      b.toString('base64'),
      b.toString('base64url'),
      b.toString('utf8'),
      b.toString('latin1'),
    ].join(' ');
  }
  if (v instanceof Date) return v.toISOString();
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Every row of every table outside the system catalogs, as text, and the raw binary columns. */
export async function dumpDatabase<DB>(db: Kysely<DB>): Promise<{ text: string; raw: Buffer[] }> {
  const { rows: tables } = await sql<{ schema: string; name: string }>`
    select table_schema as schema, table_name as name from information_schema.tables
    where table_schema not in ('pg_catalog', 'information_schema') and table_type = 'BASE TABLE'
    order by 1, 2`.execute(db);
  const lines: string[] = [];
  const raw: Buffer[] = [];
  for (const t of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(
      `${t.schema}.${t.name}`,
    )}`.execute(db);
    lines.push(`== ${t.schema}.${t.name} (${rows.length} rows)`);
    for (const row of rows) {
      lines.push(
        Object.entries(row)
          .map(([k, v]) => `${k}=${renderValue(v)}`)
          .join(' | '),
      );
      for (const v of Object.values(row)) if (v instanceof Uint8Array) raw.push(Buffer.from(v));
    }
  }
  return { text: lines.join('\n'), raw };
}
