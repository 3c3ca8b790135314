// Byte strings at the protocol's edges: the one length check of keys, ids and IVs (a wrong
// length is a bug of the caller, said with the value's name and never its bytes), and the one
// reading of bytes a server returned (damaged ones are the record's fault, not the caller's).
import { b64uDecode } from './encoding';
import { ProtocolError } from './errors';

export function checkLength(name: string, v: unknown, len: number): asserts v is Uint8Array {
  if (!(v instanceof Uint8Array) || v.length !== len) {
    const got = v instanceof Uint8Array ? `${v.length} bytes` : typeof v;
    throw new RangeError(`${name} must be ${len} bytes, got ${got}`);
  }
}

/** b64u from the server, `bytes` long when given; else DECRYPT_FAILED (the record is damaged). */
export function fromServer(s: string, bytes?: number): Uint8Array {
  try {
    return b64uDecode(s, bytes);
  } catch {
    throw new ProtocolError('DECRYPT_FAILED', 'the server returned damaged data');
  }
}
