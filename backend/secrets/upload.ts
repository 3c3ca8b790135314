// Reads the body of `secret.upload` (docs/protocol.md#upload) as it streams: the header first,
// checked whole before any ciphertext is held; then exactly the declared ciphertext into one
// buffer of that size. Too much is refused as soon as it arrives, too little (a client that
// went away) when the body ends; either way nothing is stored.
import { utf8Decode } from '../../shared/encoding';
import { UploadHeaderSchema, type UploadHeaderInput } from '../../shared/schemas';
import { isFileCiphertextLength, UPLOAD_HEADER_BYTES } from '../../shared/upload';
import { AppError } from '../errors';

const invalid = (path: string, message: string) =>
  new AppError('INVALID_INPUT', { issues: [{ path, message }] });

export interface Upload {
  header: UploadHeaderInput;
  ciphertext: Uint8Array;
}

/** Chunks of a stream with a look-ahead buffer, failing when `aborted` fires. */
function chunksOf(stream: ReadableStream<Uint8Array>, aborted: AbortSignal) {
  const reader = stream.getReader();
  const gone = new Promise<never>((_, reject) => {
    const fail = () => reject(invalid('body', 'the body ended before its declared length'));
    if (aborted.aborted) fail();
    else aborted.addEventListener('abort', fail, { once: true });
  });
  gone.catch(() => {}); // observed by next(); never an unhandled rejection
  return {
    async next(): Promise<Uint8Array | null> {
      const r = await Promise.race([reader.read(), gone]);
      return r.done ? null : r.value;
    },
    // Not cancel(): that destroys the socket before the error is answered. Released, the rest
    // of the body is discarded by Node once the answer is sent (and capped by the adapter).
    stop: () => {
      try {
        reader.releaseLock();
      } catch {
        /* a read was pending: it rejects, and nothing waits for it */
      }
    },
  };
}

/**
 * The header and the ciphertext, or an AppError: INVALID_INPUT for a malformed or truncated
 * body, TOO_LARGE (with the limit) for a declared size over `maxCiphertextBytes` or more bytes
 * than declared. The stream's own errors (the adapter's body cap) pass through.
 */
export async function readUpload(
  stream: ReadableStream<Uint8Array>,
  maxCiphertextBytes: number,
  maxFileBytes: number,
  aborted: AbortSignal,
): Promise<Upload> {
  const chunks = chunksOf(stream, aborted);
  try {
    // The prefix and header: at most 4 + 4096 bytes are gathered before they are checked.
    let head = new Uint8Array(0);
    let need = 4;
    let headerBytes = -1;
    while (head.length < need) {
      const c = await chunks.next();
      if (c === null) throw invalid('body', 'the body ended inside its header');
      const joined = new Uint8Array(head.length + c.length);
      joined.set(head);
      joined.set(c, head.length);
      head = joined;
      if (headerBytes < 0 && head.length >= 4) {
        headerBytes = new DataView(head.buffer).getUint32(0);
        if (headerBytes === 0 || headerBytes > UPLOAD_HEADER_BYTES) {
          throw invalid('header', `its length must be 1 to ${UPLOAD_HEADER_BYTES} bytes`);
        }
        need = 4 + headerBytes;
      }
    }
    const header = parseHeader(head.subarray(4, need));
    const size = header.ciphertextBytes;
    if (size > maxCiphertextBytes) {
      throw new AppError('TOO_LARGE', { limit: maxFileBytes });
    }
    if (!isFileCiphertextLength(size)) {
      throw invalid('ciphertextBytes', 'must be a padded file envelope plus the 16-byte tag');
    }
    // The one copy of the ciphertext this server holds.
    const ciphertext = new Uint8Array(size);
    let at = head.length - need;
    if (at > size) throw tooMuch(maxFileBytes);
    ciphertext.set(head.subarray(need));
    for (let c = await chunks.next(); c !== null; c = await chunks.next()) {
      if (at + c.length > size) throw tooMuch(maxFileBytes);
      ciphertext.set(c, at);
      at += c.length;
    }
    if (at < size) throw invalid('body', 'the body ended before its declared length');
    return { header, ciphertext };
  } catch (err) {
    chunks.stop();
    throw err;
  }
}

function tooMuch(maxFileBytes: number) {
  // More than declared: over what this upload may hold, whatever the limit.
  return new AppError('TOO_LARGE', { limit: maxFileBytes });
}

function parseHeader(bytes: Uint8Array): UploadHeaderInput {
  let json: unknown;
  try {
    json = JSON.parse(utf8Decode(bytes));
  } catch {
    throw invalid('header', 'not UTF-8 JSON');
  }
  const r = UploadHeaderSchema.safeParse(json);
  if (!r.success) {
    throw new AppError('INVALID_INPUT', {
      issues: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return r.data;
}
