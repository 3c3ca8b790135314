// /readyz and the API while the database goes away and comes back. PostgreSQL only (PGlite lives
// in the process and cannot go away): the backend reaches it through a TCP relay this test
// controls, so "the database is unreachable" is real refused connections and cut sockets, as
// when PostgreSQL restarts or the network between them fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type DbHandle } from '../../backend/db/connect';
import { postgresOnly } from '../support/databases';
import { skipWithoutPostgres } from '../support/fixtures';
import { relayTo, type Relay } from '../support/relay';
import { startServer, type TestServer } from '../support/server';
import { fakeShare, rejects } from '../support/shares';

skipWithoutPostgres();

describe.each(postgresOnly)('readiness while $name goes away', (database) => {
  let env: Awaited<ReturnType<typeof database.create>>;
  let link: Relay;
  let handle: DbHandle;
  let srv: TestServer;

  beforeAll(async () => {
    env = await database.create();
    link = await relayTo(env.url!);
    const logs: string[] = [];
    handle = await connect({ databaseUrl: link.urlFor(env.url!), poolSize: 4 });
    srv = await startServer(handle, { logs });
  });
  afterAll(async () => {
    await srv?.close();
    await handle?.close();
    await link?.down().catch(() => {});
    await env?.drop();
  });

  const readyz = async () => {
    const res = await fetch(`${srv.url}/readyz`);
    return { status: res.status, body: await res.json() };
  };

  it('turns unready while the database is unreachable, answers SERVICE_UNAVAILABLE, recovers', async () => {
    const s = await fakeShare({ maxViews: 2 });
    await srv.client.secret.create.mutate(s.input);
    expect(await readyz()).toEqual({ status: 200, body: { ready: true } });

    await link.down();
    const started = Date.now();
    expect(await readyz()).toEqual({ status: 503, body: { ready: false } });
    // The process is alive all along: liveness must not restart it for a database outage.
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
    // Every API call fails typed and retryable, and spends nothing.
    const peek = await rejects(() => srv.client.secret.peek.query({ id: s.input.id }));
    expect(peek).toMatchObject({ reason: 'SERVICE_UNAVAILABLE', httpStatus: 503 });
    const reveal = await rejects(() =>
      srv.client.secret.reveal.mutate({ id: s.input.id, authKey: s.authKey }),
    );
    expect(reveal).toMatchObject({
      reason: 'SERVICE_UNAVAILABLE',
      httpStatus: 503,
      retryAfter: expect.any(Number),
    });
    const create = await rejects(async () =>
      srv.client.secret.create.mutate((await fakeShare()).input),
    );
    expect(create.reason).toBe('SERVICE_UNAVAILABLE');
    // Refused connections fail fast: no request waited for a timeout.
    expect(Date.now() - started).toBeLessThan(5_000);

    await link.up();
    await expect.poll(readyz, { timeout: 10_000, interval: 200 }).toEqual({
      status: 200,
      body: { ready: true },
    });
    // Nothing was spent during the outage: both views are still there.
    expect(await srv.client.secret.peek.query({ id: s.input.id })).toMatchObject({
      state: 'pending',
      viewsLeft: 2,
    });
    expect(
      await srv.client.secret.reveal.mutate({ id: s.input.id, authKey: s.authKey }),
    ).toMatchObject({ viewsLeft: 1 });
  });
});
