// Frozen: a released migration is never edited; changes go in a new, later-named file.
// The storage ceiling (MAX_PENDING_BYTES, docs/deploy.md#storage-ceiling): the bytes of secret
// material the tables hold, kept by triggers in the transaction of each write that changes them,
// so that every instance reads one exact figure for the price of summing 64 small rows instead
// of the tables. Each backend adds to the row of its own process id: concurrent writers seldom
// wait for each other, and one transaction only ever holds one row's lock (no deadlock).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table pending_bytes (
    shard smallint primary key check (shard between 0 and 63),
    bytes bigint not null default 0
  ) with (fillfactor = 50)`.execute(db);
  await sql`insert into pending_bytes (shard) select generate_series(0, 63)`.execute(db);

  // A share holds its ciphertext (iv, salt and verifier are a few bytes: not counted). The
  // update is written in each function, not called: PL/pgSQL keeps its plan, where a SQL
  // function would be planned again on every call.
  await sql`create function secret_pending_bytes() returns trigger language plpgsql as $$
  declare delta bigint;
  begin
    if tg_op = 'INSERT' then
      delta := octet_length(new.ciphertext);
    elsif tg_op = 'UPDATE' then
      delta := coalesce(octet_length(new.ciphertext), 0) - coalesce(octet_length(old.ciphertext), 0);
    else
      delta := -octet_length(old.ciphertext);
    end if;
    update pending_bytes set bytes = bytes + delta where shard = pg_backend_pid() % 64;
    return null;
  end $$`.execute(db);
  // The WHEN clauses keep the function off the writes that store or free nothing (a view of a
  // share of several views, a tombstone deleted): PostgreSQL tests them without calling it.
  await sql`create trigger secret_pending_bytes_insert after insert on secret for each row
    when (new.ciphertext is not null) execute function secret_pending_bytes()`.execute(db);
  await sql`create trigger secret_pending_bytes_update after update of ciphertext on secret
    for each row when (octet_length(old.ciphertext) is distinct from octet_length(new.ciphertext))
    execute function secret_pending_bytes()`.execute(db);
  await sql`create trigger secret_pending_bytes_delete after delete on secret for each row
    when (old.ciphertext is not null) execute function secret_pending_bytes()`.execute(db);

  // A request holds its note's ciphertext while it waits, then its answer's.
  await sql`create function request_pending_bytes() returns trigger language plpgsql as $$
  declare delta bigint := 0;
  begin
    if tg_op <> 'DELETE' then
      delta := coalesce(octet_length(new.note), 0) + coalesce(octet_length(new.answer), 0);
    end if;
    if tg_op <> 'INSERT' then
      delta := delta - coalesce(octet_length(old.note), 0) - coalesce(octet_length(old.answer), 0);
    end if;
    update pending_bytes set bytes = bytes + delta where shard = pg_backend_pid() % 64;
    return null;
  end $$`.execute(db);
  await sql`create trigger request_pending_bytes_insert after insert on request for each row
    execute function request_pending_bytes()`.execute(db);
  await sql`create trigger request_pending_bytes_update after update of note, answer on request
    for each row when (octet_length(old.note) is distinct from octet_length(new.note)
      or octet_length(old.answer) is distinct from octet_length(new.answer))
    execute function request_pending_bytes()`.execute(db);
  await sql`create trigger request_pending_bytes_delete after delete on request for each row
    when (old.note is not null or old.answer is not null)
    execute function request_pending_bytes()`.execute(db);

  // What is stored already. After the triggers: creating them locked both tables against
  // writes until this migration commits, so nothing is counted twice or missed.
  await sql`update pending_bytes set bytes =
    (select coalesce(sum(octet_length(ciphertext)), 0) from secret)
    + (select coalesce(sum(octet_length(note)), 0) + coalesce(sum(octet_length(answer)), 0)
       from request)
    where shard = 0`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['insert', 'update', 'delete']) {
    await sql`drop trigger ${sql.raw(`secret_pending_bytes_${t}`)} on secret`.execute(db);
    await sql`drop trigger ${sql.raw(`request_pending_bytes_${t}`)} on request`.execute(db);
  }
  await sql`drop function secret_pending_bytes()`.execute(db);
  await sql`drop function request_pending_bytes()`.execute(db);
  await sql`drop table pending_bytes`.execute(db);
}
