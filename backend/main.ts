// Entry point: configuration, one app instance, signals. Logic lives in app.ts and below.
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './log';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const log = createLogger(config.LOG_LEVEL);
  const app = await createApp(config, log);
  const address = await app.listen();
  log.info(
    {
      address,
      publicUrl: config.PUBLIC_URL,
      database: app.db.kind,
      dataDir: app.db.kind === 'pglite' ? config.DATA_DIR : undefined,
    },
    `oncelink listening on ${address}`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'draining');
    await app.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: Error) => {
  console.error(`oncelink failed to start: ${err.message}`);
  process.exit(1);
});
