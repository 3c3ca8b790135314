import { describe, expect, it } from 'vitest';
import { ProtocolError } from './errors';
import { assertKdfParams, DEFAULT_KDF, deriveMaster, MIN_KDF } from './kdf';
import { KDF } from './limits';

const salt = new Uint8Array(16);
const pass = 'abandon ability able zero zone zoo';

function badParams(p: unknown): string {
  try {
    assertKdfParams(p);
  } catch (e) {
    expect(e).toBeInstanceOf(ProtocolError);
    expect((e as ProtocolError).code).toBe('BAD_KDF_PARAMS');
    return (e as ProtocolError).message;
  }
  throw new Error(`accepted ${JSON.stringify(p)}`);
}

describe('assertKdfParams', () => {
  it('accepts the default and both bounds, returning a clean copy', () => {
    expect(DEFAULT_KDF).toEqual({ alg: 'argon2id', m: 65536, t: 3, p: 1 });
    expect(assertKdfParams(DEFAULT_KDF)).toEqual(DEFAULT_KDF);
    expect(assertKdfParams(DEFAULT_KDF)).not.toBe(DEFAULT_KDF);
    expect(assertKdfParams(MIN_KDF)).toEqual(MIN_KDF);
    expect(assertKdfParams({ alg: 'argon2id', ...KDF.max })).toEqual({
      alg: 'argon2id',
      ...KDF.max,
    });
  });

  it('refuses parameters outside the bounds', () => {
    const d = DEFAULT_KDF;
    expect(badParams({ ...d, m: 19455 })).toMatch(/kdf\.m .*19455/);
    expect(badParams({ ...d, t: 1 })).toMatch(/kdf\.t/);
    expect(badParams({ ...d, m: 262145 })).toMatch(/kdf\.m/);
    expect(badParams({ ...d, t: 11 })).toMatch(/kdf\.t/);
    expect(badParams({ ...d, p: 0 })).toMatch(/kdf\.p/);
    expect(badParams({ ...d, p: 5 })).toMatch(/kdf\.p/);
  });

  it('refuses a wrong algorithm, types and shapes', () => {
    const d = DEFAULT_KDF;
    expect(badParams({ ...d, alg: 'argon2i' })).toMatch(/alg/);
    expect(badParams({ ...d, alg: undefined })).toMatch(/alg/);
    expect(badParams({ ...d, m: '65536' })).toMatch(/integer/);
    expect(badParams({ ...d, t: 3.5 })).toMatch(/integer/);
    expect(badParams({ ...d, m: NaN })).toMatch(/integer/);
    expect(badParams({ ...d, m: 65536n })).toMatch(/integer, got 65536/);
    expect(badParams({ m: 65536, t: 3, p: 1 })).toMatch(/alg/);
    expect(badParams({ ...d, v: 19 })).toMatch(/unknown kdf field "v"/);
    for (const x of [null, undefined, 'argon2id', [], 42]) badParams(x);
  });
});

describe('deriveMaster', () => {
  it('is deterministic and depends on passphrase and salt', async () => {
    const a = await deriveMaster(pass, salt, MIN_KDF);
    expect(a.length).toBe(32);
    expect(await deriveMaster(pass, salt, MIN_KDF)).toEqual(a);
    expect(
      await deriveMaster(
        pass,
        salt.map((_, i) => i),
        MIN_KDF,
      ),
    ).not.toEqual(a);
    expect(await deriveMaster('abandon ability able zero zone zone', salt, MIN_KDF)).not.toEqual(a);
  });

  it('names misuse', async () => {
    await expect(deriveMaster(pass, new Uint8Array(15), MIN_KDF)).rejects.toThrow(
      /salt must be 16/,
    );
    await expect(deriveMaster('Abandon ability able zero zone zoo', salt, MIN_KDF)).rejects.toThrow(
      TypeError,
    );
    await expect(deriveMaster('aban abil able zero zone zoo', salt, MIN_KDF)).rejects.toThrow(
      /canonical/,
    );
    await expect(
      deriveMaster(pass, salt, { ...MIN_KDF, m: 1024 } as unknown as typeof MIN_KDF),
    ).rejects.toMatchObject({ code: 'BAD_KDF_PARAMS' });
  });
});
