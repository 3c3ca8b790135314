// One answer only, one read only, across two backend PROCESSES on one PostgreSQL (the real
// deployment shape, as exactly-once.test.ts does for reveals). PostgreSQL only: two processes
// cannot share one PGlite.
import { describe, expect, it } from 'vitest';
import { b64uDecode } from '../../shared/encoding';
import {
  answerRequest,
  createRequest,
  parseRequestLink,
  readRequestAnswer,
} from '../../shared/request/index';
import { callApi, describeResult } from '../support/api';
import { postgresOnly } from '../support/databases';
import { skipWithoutPostgres, useTwoBackends } from '../support/fixtures';

skipWithoutPostgres();

describe.each(postgresOnly)('requests across two backend processes on $name', (database) => {
  const fx = useTwoBackends(database, { RATE_LIMIT_CREATE: '0', RATE_LIMIT_REVEAL: '0' });

  const tally = (results: Awaited<ReturnType<typeof callApi>>[]) => {
    const counts: Record<string, number> = {};
    for (const r of results) counts[describeResult(r)] = (counts[describeResult(r)] ?? 0) + 1;
    return counts;
  };

  it('100 racing answers (each a different secret): exactly one is stored and read', async () => {
    const [a, b] = fx.urls() as [string, string];
    const request = await createRequest({ note: 'race', expiresIn: 3600, publicUrl: a });
    expect((await callApi(a, 'request.create', request.input)).kind).toBe('ok');
    const parts = parseRequestLink(request.link);
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => answerRequest(parts, { value: `answer #${i}` })),
    );
    const results = await Promise.all(
      answers.map((body, i) => callApi(i % 2 ? a : b, 'request.answer', body)),
    );
    expect(tally(results)).toEqual({ ok: 1, '409 ALREADY_ANSWERED': 99 });
    const winner = results.findIndex((r) => r.kind === 'ok');

    const reads = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        callApi(i % 2 ? a : b, 'request.read', { manageToken: request.manageToken }),
      ),
    );
    expect(tally(reads)).toEqual({ ok: 1, '404 UNAVAILABLE': 99 });
    const read = reads.find((r) => r.kind === 'ok')!.data as {
      id: string;
      enc: string;
      ciphertext: string;
    };
    expect(await readRequestAnswer(request.keyPair, read)).toEqual({
      kind: 'text',
      value: `answer #${winner}`,
    });
    const row = await fx.database.handle.db
      .selectFrom('request')
      .selectAll()
      .where('id', '=', b64uDecode(request.input.id))
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'read', note: null, answer: null, answer_enc: null });
  });
});
