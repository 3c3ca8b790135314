// Files for the file-share suites: a real PNG, hostile names, uploads as clients make them and
// as hostile ones do, and the recipient's side of a share (peek, unlock, reveal, open).
import { createHash } from 'node:crypto';
import http from 'node:http';
import { deflateSync } from 'node:zlib';
import { randomBytes } from '../../shared/encoding';
import type { FileContent } from '../../shared/file';
import { KDF } from '../../shared/limits';
import { parseLink } from '../../shared/link';
import { linkAccess } from '../../shared/recipient';
import { createShare, openShare, unlockShare, type CreateRequest } from '../../shared/protocol';
import type { SecretContent } from '../../shared/secret-content';
import { uploadParts } from '../../shared/upload';
import { HANG_MS } from './raw-http';
import type { createClient } from './server';

function crc32(buf: Uint8Array): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

/** A valid 16×16 RGB PNG of random pixels (a real image, so not a run of zeros). */
export function pngFile(name = 'pixel art.png'): FileContent {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(16, 0);
  ihdr.writeUInt32BE(16, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(
    Array.from({ length: 16 }, () => Buffer.concat([Buffer.from([0]), randomBytes(48)])),
  );
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array(0)),
  ]);
  return { name, type: 'image/png', bytes: new Uint8Array(png) };
}

export const sha256hex = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Names a hostile sender may put in the envelope. */
export const HOSTILE_NAMES = ['../../etc/passwd', 'a\u202Etxt.exe', 'CON', 'x'.repeat(10_000)];

/** The recipient's side through the API: peek, unlock, reveal, open. */
export async function revealShare(
  client: ReturnType<typeof createClient>,
  share: { link: string; passphrase: string },
): Promise<SecretContent> {
  const link = parseLink(share.link);
  const access = await linkAccess(link);
  const peek = await client.secret.peek.query(access);
  if (peek.state !== 'pending') throw new Error(`share is ${peek.state}`);
  const keys = await unlockShare({ ...link, passphrase: share.passphrase, ...peek });
  const r = await client.secret.reveal.mutate({ ...access, authKey: keys.authKey });
  return openShare({ id: link.id, encKey: keys.encKey, ...r });
}

/** A file share made with the real protocol (the cheapest KDF), ready to upload. */
export async function fileShare(
  url: string,
  file: FileContent,
  extra: { maxFileBytes?: number } = {},
) {
  return createShare({
    file,
    kdf: { alg: 'argon2id', ...KDF.min },
    expiresIn: 3600,
    maxViews: 1,
    maxAttempts: 1,
    publicUrl: url,
    ...extra,
  });
}

/** Uploads a share as the clients do: one binary body, header then ciphertext. */
export function upload(client: ReturnType<typeof createClient>, request: CreateRequest) {
  return client.secret.upload.mutate(new Blob(uploadParts(request) as Uint8Array<ArrayBuffer>[]));
}

/** A raw upload body with the header's fields as given (to lie about sizes). */
export function uploadBody(header: Record<string, unknown>, ciphertext: Uint8Array): Buffer {
  const h = Buffer.from(JSON.stringify(header));
  const prefix = Buffer.alloc(4);
  prefix.writeUInt32BE(h.length);
  return Buffer.concat([prefix, h, ciphertext]);
}

/** POSTs `body` to secret.upload over a raw socket; `stopAfter` bytes, then hang up. */
export function rawUpload(
  base: string,
  body: Buffer,
  opts: { declared?: number; stopAfter?: number; chunked?: boolean } = {},
): Promise<{ status: number; text: string } | 'closed'> {
  return new Promise((resolve, reject) => {
    const u = new URL(base);
    const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
    if (!opts.chunked) headers['content-length'] = String(opts.declared ?? body.length);
    const req = http.request({
      host: u.hostname,
      port: u.port,
      method: 'POST',
      path: '/trpc/secret.upload',
      headers,
    });
    req.setTimeout(HANG_MS, () => req.destroy(new Error('no answer to an upload')));
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, text }));
    });
    req.on('error', (err) => (opts.stopAfter !== undefined ? resolve('closed') : reject(err)));
    if (opts.stopAfter !== undefined) {
      req.write(body.subarray(0, opts.stopAfter), () => setTimeout(() => req.destroy(), 50));
    } else req.end(body);
  });
}
