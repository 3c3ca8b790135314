// The check that the database agrees with a load's ledger (load.ts): none lost, none
// duplicated. With unknown outcomes (see load.ts) the invariant is, per secret:
//   successes seen ≤ views spent (maxViews − viewsLeft) ≤ successes seen + unknown reveals,
// and exactly `successes seen + viewsLeft = maxViews` when nothing was unknown.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../backend/db/types';
import { b64uDecode, b64uEncode } from '../../shared/encoding';
import { describeResult, type CallResult } from './api';
import type { LedgerEntry } from './load';

export interface LedgerSummary {
  secrets: number;
  pending: number;
  viewed: number;
  reveals: number;
  wrongGuesses: number;
  unknown: number;
  /** Views and attempts the database spent on requests whose answer never came (or was a 503). */
  spentUnseen: number;
}

const hex = (b: Uint8Array | null) => (b ? Buffer.from(b).toString('hex') : null);

/**
 * Compares the ledger with the database (and, for a sample, with what `peek` answers through
 * `peek(id)`). Returns every discrepancy found, empty when the ledger balances.
 */
export async function checkLedger(
  ledger: LedgerEntry[],
  db: Kysely<Database>,
  peek?: (id: string, i: number) => Promise<CallResult>,
): Promise<{ problems: string[]; summary: LedgerSummary }> {
  const problems: string[] = [];
  const ids = ledger.map((e) => b64uDecode(e.share.input.id));
  const rows = ids.length
    ? await db
        .selectFrom('secret')
        .selectAll()
        .where(sql<boolean>`id = any(${ids})`)
        .execute()
    : [];
  const byId = new Map(rows.map((r) => [b64uEncode(r.id), r]));
  const summary: LedgerSummary = {
    secrets: 0,
    pending: 0,
    viewed: 0,
    reveals: 0,
    wrongGuesses: 0,
    unknown: 0,
    spentUnseen: 0,
  };
  const pendingSample: string[] = [];
  const viewedSample: string[] = [];

  for (const e of ledger) {
    const { input } = e.share;
    const id = input.id;
    const row = byId.get(id);
    const say = (what: string) =>
      problems.length < 50 && problems.push(`${id} (maxViews ${e.maxViews}): ${what}`);
    summary.unknown += e.unknownReveals + e.unknownWrong;
    if (e.created === 'no') {
      if (row) say('exists although no create of it can have been carried out');
      continue;
    }
    if (!row) {
      if (e.created === 'yes') say('LOST: created, yet not in the database');
      continue;
    }
    summary.secrets++;
    summary.reveals += e.views.length;
    summary.wrongGuesses += e.wrong.length;
    if (row.max_views !== e.maxViews) say(`max_views is ${row.max_views}`);

    // Views: each success took a different one, none beyond what the database spent.
    const spent = row.max_views - row.views_left;
    const seen = e.views.length;
    if (seen > e.maxViews) say(`DUPLICATED: revealed ${seen} times`);
    if (seen > spent) say(`revealed ${seen} times, the database spent ${spent} views`);
    if (spent > seen + e.unknownReveals)
      say(`${spent} views spent, ${seen} seen and ${e.unknownReveals} unknown`);
    if (new Set(e.views).size !== seen) say(`two reveals got one viewsLeft: ${e.views}`);
    if (e.views.some((v) => v < row.views_left || v > e.maxViews - 1))
      say(`viewsLeft answered ${e.views}, the database has ${row.views_left}`);
    if (e.unknownReveals === 0 && seen + row.views_left !== e.maxViews)
      say(`${seen} reveals + ${row.views_left} left ≠ ${e.maxViews}`);

    // Attempts: the same, for the wrong guesses.
    const spentAttempts = row.max_attempts - row.attempts_left;
    if (e.wrong.length > spentAttempts || spentAttempts > e.wrong.length + e.unknownWrong)
      say(`${spentAttempts} attempts spent, ${e.wrong.length} seen, ${e.unknownWrong} unknown`);
    if (new Set(e.wrong).size !== e.wrong.length) say(`two guesses got one attemptsLeft`);
    summary.spentUnseen += spent - seen + spentAttempts - e.wrong.length;

    // Material: a pending secret holds exactly what was created; a viewed one holds nothing.
    if (row.views_left > 0) {
      summary.pending++;
      if (row.state !== 'pending') say(`views left but state ${row.state}`);
      const want = {
        ciphertext: hex(b64uDecode(input.ciphertext)),
        iv: hex(b64uDecode(input.iv)),
        salt: hex(b64uDecode(input.salt)),
        verifier: hex(b64uDecode(input.verifier)),
      };
      const got = {
        ciphertext: hex(row.ciphertext),
        iv: hex(row.iv),
        salt: hex(row.salt),
        verifier: hex(row.verifier),
      };
      for (const k of Object.keys(want) as (keyof typeof want)[])
        if (want[k] !== got[k]) say(`pending, and its ${k} is not the one created`);
      if (pendingSample.length < 40) pendingSample.push(id);
    } else {
      summary.viewed++;
      if (row.state !== 'viewed') say(`no views left but state ${row.state}`);
      if (row.ciphertext || row.iv || row.salt || row.verifier || !row.ended_at)
        say('viewed, yet it still holds secret material');
      if (viewedSample.length < 20) viewedSample.push(id);
    }
    if (e.created === 'unknown' && spent > 0) say('never confirmed created, yet views were spent');
  }

  // What a recipient would be told agrees with the database.
  if (peek) {
    let i = 0;
    for (const id of [...pendingSample, ...viewedSample]) {
      const r = await peek(id, i++);
      const row = byId.get(id)!;
      const data = r.kind === 'ok' ? (r.data as { state?: string; viewsLeft?: number }) : null;
      const want = row.views_left > 0 ? `pending ${row.views_left}` : 'unavailable';
      const got = data
        ? `${data.state}${data.state === 'pending' ? ` ${data.viewsLeft}` : ''}`
        : describeResult(r);
      if (got !== want) problems.push(`${id}: peek says ${got}, the database ${want}`);
    }
  }
  return { problems, summary };
}
