// "Opened" events name the known link previewer or scanner that loaded the link, through the
// real HTTP server on PGlite and PostgreSQL: the sender reads "opened by a Slack link preview";
// the database keeps the previewer's id and the coarse hint, never the User-Agent.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { b64uDecode } from '../../shared/encoding';
import { StatusOutput } from '../../shared/schemas';
import { callApi } from '../support/api';
import { testDatabases } from '../support/databases';
import { useTestServer } from '../support/fixtures';
import { fakeShare } from '../support/shares';

const SLACK = 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)';
const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe.each(testDatabases)('previewers in events on $name', (database) => {
  const srv = useTestServer(database);

  it('names Slack in its "opened" event and nothing for a browser; keeps no User-Agent', async () => {
    const s = await fakeShare();
    await srv.client.secret.create.mutate(s.input);
    for (const ua of [SLACK, CHROME]) {
      const r = await callApi(
        srv.url,
        'secret.peek',
        { id: s.input.id },
        {
          headers: { 'user-agent': ua },
        },
      );
      expect(r.kind).toBe('ok');
    }
    const r = await callApi(srv.url, 'secret.status', { manageTokens: [s.manageToken] });
    expect(r.kind).toBe('ok');
    const [entry] = StatusOutput.parse((r as { data: unknown }).data).secrets;
    const opened =
      entry!.state !== 'unknown' ? entry!.events.filter((e) => e.type === 'opened') : [];
    expect(opened.map((e) => [e.previewer, e.hint])).toEqual([
      ['slack', 'link preview or scanner'],
      [undefined, 'Chrome'],
    ]);

    const rows = await sql<Record<string, unknown>>`
      select * from secret_event where secret_id = ${b64uDecode(s.input.id)}`.execute(
      srv.database.handle.db,
    );
    const stored = JSON.stringify(rows.rows);
    expect(stored).not.toContain('Slackbot');
    expect(stored).not.toContain('api.slack.com');
    expect(stored).not.toContain('Mozilla');
    expect(stored).not.toContain('127.0.0.1');
  });
});
