import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { aResult } from '../../tests/support/extension/testkit';
import {
  forgetLastResult,
  keepLastResult,
  LAST_RESULT_TTL_MS,
  readLastResult,
} from './last-result';

const result = aResult();

describe('last popup result', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is kept in session memory only, for ten minutes or until forgotten', async () => {
    const t0 = Date.parse('2030-01-01T10:00:00Z');
    await keepLastResult(result, t0);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await readLastResult(t0 + LAST_RESULT_TTL_MS)).toEqual(result);
    expect(await readLastResult(t0 + LAST_RESULT_TTL_MS + 1)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    await keepLastResult(result, t0);
    await forgetLastResult();
    expect(await readLastResult(t0)).toBeNull();
  });
});
