// The link half of a share (docs/protocol.md#share): PUBLIC_URL/s/<id>#<fragment>.
// The key material sits in the fragment because browsers never send it to a server (RFC 3986
// §3.5; WHATWG URL): the server that stores the ciphertext never sees linkKey.
// fragment = b64u(version ‖ linkKey[16] ‖ check[2]); the leading version byte lets a later
// protocol change the layout and have old clients say so instead of failing obscurely. Version
// 0x02 (protocol v2) keeps v1's layout; it tells the recipient's client to prove the link to the
// server (docs/protocol.md#link-proof). Links of both versions are read; new ones are v2.
import { b64uDecode, b64uEncode, isB64u } from './encoding';
import { ProtocolError } from './errors';
import { CHECK_BYTES, ID_BYTES, LINK_KEY_BYTES } from './keys';
import { checkLength } from './bytes';

/** The version new links get; every version in LINK_VERSIONS is still read. */
export const FRAGMENT_VERSION = 2;
export const LINK_VERSIONS = [1, 2] as const;
export type LinkVersion = (typeof LINK_VERSIONS)[number];
const FRAGMENT_BYTES = 1 + LINK_KEY_BYTES + CHECK_BYTES;
/** 19 bytes of unpadded base64url. */
export const FRAGMENT_CHARS = 26;
const ID_CHARS = 22;

export interface LinkParts {
  /** Origin of the server (scheme, host, port). */
  origin: string;
  /** The record's id, b64u of 16 bytes. */
  id: string;
  /** 1: made by a v1 client (no link proof); 2: peek and reveal carry a link proof. */
  version: LinkVersion;
  linkKey: Uint8Array;
  check: Uint8Array;
  /** Origin plus any base path, without trailing slash: where the API lives. */
  publicUrl: string;
}

function badLink(message: string): never {
  throw new ProtocolError('BAD_LINK', message);
}

function isLinkVersion(v: unknown): v is LinkVersion {
  return (LINK_VERSIONS as readonly unknown[]).includes(v);
}

export function encodeFragment(
  linkKey: Uint8Array,
  check: Uint8Array,
  version: LinkVersion = FRAGMENT_VERSION,
): string {
  checkLength('linkKey', linkKey, LINK_KEY_BYTES);
  checkLength('check', check, CHECK_BYTES);
  if (!isLinkVersion(version)) throw new RangeError(`unknown link version ${String(version)}`);
  const bytes = new Uint8Array(FRAGMENT_BYTES);
  bytes[0] = version;
  bytes.set(linkKey, 1);
  bytes.set(check, 1 + LINK_KEY_BYTES);
  return b64uEncode(bytes);
}

const DAMAGED = 'the link is damaged: the part after # is not what oncelink made; copy it again';

/** Accepts the fragment with or without its leading '#'. */
export function decodeFragment(fragment: string): {
  version: LinkVersion;
  linkKey: Uint8Array;
  check: Uint8Array;
} {
  if (typeof fragment !== 'string') throw new TypeError(`expected string, got ${typeof fragment}`);
  const f = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (f.length === 0) badLink('the link is incomplete: the part after # is missing');
  if (f.length !== FRAGMENT_CHARS) badLink(DAMAGED);
  let bytes: Uint8Array;
  try {
    bytes = b64uDecode(f, FRAGMENT_BYTES);
  } catch {
    badLink(DAMAGED);
  }
  const version = bytes[0];
  if (!isLinkVersion(version)) {
    badLink(`the link was made by another version of oncelink (format ${version}), not this one`);
  }
  return {
    version,
    linkKey: bytes.slice(1, 1 + LINK_KEY_BYTES),
    check: bytes.slice(1 + LINK_KEY_BYTES),
  };
}

/** Origin plus base path, no trailing slash; refuses what cannot prefix a link. */
function normalizePublicUrl(publicUrl: string): URL {
  let url: URL;
  try {
    url = new URL(publicUrl);
  } catch {
    throw new RangeError(`publicUrl is not a URL: ${JSON.stringify(publicUrl)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new RangeError(`publicUrl must be http(s), got ${JSON.stringify(publicUrl)}`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new RangeError(`publicUrl must not have a query, fragment or credentials`);
  }
  return url;
}

function baseOf(url: URL, pathname: string): string {
  return url.origin + pathname.replace(/\/+$/, '');
}

/** What links start with: the normalised PUBLIC_URL; RangeError for what cannot prefix one. */
export function linkBase(publicUrl: string): string {
  const url = normalizePublicUrl(publicUrl);
  return baseOf(url, url.pathname);
}

export function buildLink(
  publicUrl: string,
  id: string,
  linkKey: Uint8Array,
  check: Uint8Array,
  version: LinkVersion = FRAGMENT_VERSION,
): string {
  const base = linkBase(publicUrl);
  if (!isB64u(id, ID_BYTES)) throw new RangeError(`id must be b64u of ${ID_BYTES} bytes: ${id}`);
  return `${base}/s/${id}#${encodeFragment(linkKey, check, version)}`;
}

/** The parts every oncelink link has: `<base>/<s|r>/<id>#<fragment>`. */
export interface SplitLink {
  origin: string;
  id: string;
  /** url.hash: '' both for no '#' and for a bare '#'. */
  hash: string;
  publicUrl: string;
}

/**
 * Splits a pasted link at its path segment (`s` for shares, `r` for requests). Messages are for
 * people: a link is most often broken by a mail client that dropped the fragment or cut the line.
 */
export function splitLink(link: string, segment: 's' | 'r'): SplitLink {
  if (typeof link !== 'string') throw new TypeError(`expected string, got ${typeof link}`);
  const what = segment === 's' ? 'secret' : 'request';
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    badLink('this is not a link');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') badLink('this is not a web link');
  const m = new RegExp(`^(.*)/${segment}/([A-Za-z0-9_-]+)/?$`).exec(url.pathname);
  if (!m) badLink(`the link has no ${what} id (it should contain /${segment}/ and an id)`);
  const id = m[2]!;
  if (id.length !== ID_CHARS || !isB64u(id, ID_BYTES)) {
    badLink(`the ${what} id in the link is damaged; copy the whole link again`);
  }
  return { origin: url.origin, id, hash: url.hash, publicUrl: baseOf(url, m[1]!) };
}

/** Splits a pasted share link into its parts. */
export function parseLink(link: string): LinkParts {
  const { origin, id, hash, publicUrl } = splitLink(link, 's');
  // hash is '' both for no '#' and for a bare '#': either way the key is missing.
  const { version, linkKey, check } = decodeFragment(hash);
  return { origin, id, version, linkKey, check, publicUrl };
}
