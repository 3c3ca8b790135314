// The request link (docs/protocol.md#request-link): PUBLIC_URL/r/<b64u(id)>#<fragment>,
// fragment = b64u(0x01 ‖ kem_id[2, big-endian] ‖ linkKey[16] ‖ pkRm[Npk]).
// Everything a responder needs and the server must not have sits in the fragment, which browsers
// never send: the requester's public key (so a dishonest server cannot swap in its own) and the
// linkKey (the note's key and the link proof). The KEM id says how long the key is.
import { b64uDecode, b64uEncode, isB64u } from '../encoding';
import { ProtocolError } from '../errors';
import { linkBase, splitLink } from '../link';
import { isKemId, PUBLIC_KEY_BYTES, type KemId } from './kem';
import { checkLength } from '../bytes';
import { REQUEST_ID_BYTES, REQUEST_LINK_KEY_BYTES } from './keys';

export const REQUEST_FRAGMENT_VERSION = 1;
const HEAD_BYTES = 1 + 2 + REQUEST_LINK_KEY_BYTES;

export interface RequestFragment {
  kem: KemId;
  linkKey: Uint8Array;
  publicKey: Uint8Array;
}

export interface RequestLinkParts extends RequestFragment {
  origin: string;
  /** b64u of the 16-byte request id. */
  id: string;
  /** Origin plus any base path, without trailing slash: where the API lives. */
  publicUrl: string;
}

function badLink(message: string): never {
  throw new ProtocolError('BAD_LINK', message);
}

const DAMAGED = 'the request link is damaged: the part after # is not what oncelink made';

export function encodeRequestFragment(f: RequestFragment): string {
  if (!isKemId(f.kem)) throw new RangeError(`unknown KEM ${String(f.kem)}`);
  checkLength('linkKey', f.linkKey, REQUEST_LINK_KEY_BYTES);
  checkLength('publicKey', f.publicKey, PUBLIC_KEY_BYTES[f.kem]);
  const bytes = new Uint8Array(HEAD_BYTES + f.publicKey.length);
  bytes[0] = REQUEST_FRAGMENT_VERSION;
  bytes[1] = f.kem >> 8;
  bytes[2] = f.kem & 0xff;
  bytes.set(f.linkKey, 3);
  bytes.set(f.publicKey, HEAD_BYTES);
  return b64uEncode(bytes);
}

/** Accepts the fragment with or without its leading '#'. */
export function decodeRequestFragment(fragment: string): RequestFragment {
  if (typeof fragment !== 'string') throw new TypeError(`expected string, got ${typeof fragment}`);
  const f = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (f.length === 0) badLink('the request link is incomplete: the part after # is missing');
  let bytes: Uint8Array;
  try {
    bytes = b64uDecode(f);
  } catch {
    badLink(DAMAGED);
  }
  if (bytes.length > 0 && bytes[0] !== REQUEST_FRAGMENT_VERSION) {
    badLink(`the request link was made by another version of oncelink (format ${bytes[0]})`);
  }
  const kem = bytes.length >= 3 ? (bytes[1]! << 8) | bytes[2]! : -1;
  if (!isKemId(kem) || bytes.length !== HEAD_BYTES + PUBLIC_KEY_BYTES[kem]) badLink(DAMAGED);
  return { kem, linkKey: bytes.slice(3, HEAD_BYTES), publicKey: bytes.slice(HEAD_BYTES) };
}

export function buildRequestLink(publicUrl: string, id: string, f: RequestFragment): string {
  const base = linkBase(publicUrl);
  if (!isB64u(id, REQUEST_ID_BYTES)) throw new RangeError(`id must be b64u of 16 bytes: ${id}`);
  return `${base}/r/${id}#${encodeRequestFragment(f)}`;
}

/** Splits a pasted request link; messages are for people, like parseLink's. */
export function parseRequestLink(link: string): RequestLinkParts {
  const { origin, id, hash, publicUrl } = splitLink(link, 'r');
  return { origin, id, publicUrl, ...decodeRequestFragment(hash) };
}
