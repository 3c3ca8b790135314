// A lost answer through the real tRPC client over real sockets (the command line's, on Node's
// fetch): refused, silent, and cut midway. Each is a NetworkError, and only a call that spends
// and may have been sent is told "may or may not".
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFor } from '../../cli/api';
import { NetworkError, findCause } from '../../shared/errors';
import { toFailure } from '../../shared/messages';

const REVEAL = { id: 'A'.repeat(22), authKey: 'B'.repeat(43) };

function listen(handler: Parameters<typeof createServer>[1]): Promise<Server> {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
const urlOf = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;

describe('a lost answer', () => {
  let silent: Server;
  let cut: Server;
  let closedUrl: string;
  beforeAll(async () => {
    silent = await listen(() => {}); // reads the request, never answers
    cut = await listen((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"result":');
      setTimeout(() => res.destroy(), 20);
    });
    const closed = await listen(() => {});
    closedUrl = urlOf(closed);
    await new Promise((r) => closed.close(r));
  });
  afterAll(() => {
    silent.closeAllConnections();
    silent.close();
    cut.close();
  });

  it('refused: nothing can have been sent, so nothing was spent', async () => {
    const err = await apiFor(closedUrl, 5)
      .secret.reveal.mutate(REVEAL)
      .catch((e: unknown) => e);
    expect(findCause(err, NetworkError)).toMatchObject({
      unsent: true,
      procedure: 'secret.reveal',
    });
    expect(toFailure(err).message).toMatch(/Could not reach the server.*nothing was spent/);
  });

  it('no answer in time: a reveal may or may not have been spent', async () => {
    const err = await apiFor(urlOf(silent), 1)
      .secret.reveal.mutate(REVEAL)
      .catch((e: unknown) => e);
    expect(findCause(err, NetworkError)).toMatchObject({ unsent: false, server: urlOf(silent) });
    expect(toFailure(err)).toMatchObject({ code: 'NETWORK', details: { outcomeUnknown: true } });
    expect(toFailure(err).message).toMatch(/may or may not have been spent/);
  });

  it('cut midway: the same for a reveal, and still "nothing was spent" for a peek', async () => {
    const api = apiFor(urlOf(cut), 5);
    const reveal = await api.secret.reveal.mutate(REVEAL).catch((e: unknown) => e);
    expect(findCause(reveal, NetworkError)?.procedure).toBe('secret.reveal');
    expect(toFailure(reveal).message).toMatch(/may or may not/);
    const peek = await api.secret.peek.query({ id: REVEAL.id }).catch((e: unknown) => e);
    expect(toFailure(peek).message).toMatch(/nothing was spent/);
  });
});
