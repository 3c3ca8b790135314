// `npm run db:migrate`: bring the configured database's schema up to date and exit.
import { ConfigError, loadConfig } from './config';
import { connect } from './db/connect';
import { migrateToLatest } from './db/migrator';

try {
  const config = loadConfig();
  const handle = await connect({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const result = await migrateToLatest(handle.db);
  for (const r of result.results ?? []) console.log(`${r.status}: ${r.migrationName}`);
  if (!result.results?.length) console.log('schema is up to date');
  await handle.close();
} catch (e) {
  console.error(e instanceof ConfigError ? e.message : `migration failed: ${(e as Error).message}`);
  process.exit(e instanceof ConfigError ? 2 : 1);
}
