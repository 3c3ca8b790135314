// The check that closes a suite of hostile requests: the server still creates and reveals, and
// it logged no error and answered no request with a 5xx meanwhile.
import { expect } from 'vitest';
import type { TestServer } from './server';
import { fakeShare } from './shares';

export async function expectServedWell(srv: TestServer, logs: string[]): Promise<void> {
  const s = await fakeShare();
  await srv.client.secret.create.mutate(s.input);
  expect(
    await srv.client.secret.reveal.mutate({ id: s.input.id, authKey: s.authKey }),
  ).toMatchObject({ viewsLeft: 0 });
  const errors = logs.filter((l) => (JSON.parse(l) as { level: number }).level >= 50);
  expect(errors).toEqual([]);
  const statuses = logs.map((l) => (JSON.parse(l) as { status?: number }).status ?? 0);
  expect(statuses.filter((s) => s >= 500)).toEqual([]);
}
