// Valid create inputs without the cost of Argon2id: random bytes stand in for the ciphertext,
// and the verifier is made from a random authKey exactly as the protocol makes it. Suites that
// test the protocol itself use shared/protocol.ts end to end instead.
import { b64uEncode, randomBytes, sha256 } from '../../shared/encoding';
import { KDF } from '../../shared/limits';
import type { CreateInput } from '../../shared/schemas';

export interface FakeShare {
  input: CreateInput;
  authKey: string;
  manageToken: string;
}

export async function fakeShare(
  over: Partial<CreateInput> = {},
  ciphertextBytes = 272,
): Promise<FakeShare> {
  const authKey = randomBytes(32);
  const manageToken = randomBytes(32);
  const input: CreateInput = {
    id: b64uEncode(randomBytes(16)),
    ciphertext: b64uEncode(randomBytes(ciphertextBytes)),
    iv: b64uEncode(randomBytes(12)),
    salt: b64uEncode(randomBytes(16)),
    kdf: { ...KDF.default },
    verifier: b64uEncode(await sha256(authKey)),
    manageHash: b64uEncode(await sha256(manageToken)),
    expiresIn: 3600,
    maxViews: 1,
    maxAttempts: 1,
    ...over,
  };
  return { input, authKey: b64uEncode(authKey), manageToken: b64uEncode(manageToken) };
}

export const wrongKey = () => b64uEncode(randomBytes(32));

/** The error data a tRPC client error carries (reason, details), or throws if it is not one. */
export function errorData(err: unknown): {
  reason: string;
  httpStatus: number;
  attemptsLeft?: number;
  retryAfter?: number;
  limit?: number;
  issues?: { path: string }[];
} {
  const data = (err as { data?: unknown }).data as ReturnType<typeof errorData> | undefined;
  if (!data?.reason) throw new Error(`not an API error: ${String(err)}`);
  return data;
}

/** Runs `fn`, expecting an API error; returns its data. */
export async function rejects(fn: () => Promise<unknown>) {
  try {
    await fn();
  } catch (err) {
    return errorData(err);
  }
  throw new Error('expected the call to fail');
}
