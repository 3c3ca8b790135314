// Entry point: configuration, then one app instance, or WORKERS of them on one port
// (cluster.ts), and signals. Logic lives in app.ts and below.
import { createApp } from './app';
import {
  clusterMetrics,
  isClusterWorker,
  reportListening,
  runPrimary,
  workerCount,
} from './cluster';
import { ConfigError, loadConfig } from './config';
import { trustProxyWarning } from './http/client-ip';
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
  const announce = (address: string, workers: number) =>
    log.info(
      {
        address,
        publicUrl: config.PUBLIC_URL,
        database: config.DATABASE_URL ? 'postgres' : 'pglite',
        dataDir: config.DATABASE_URL ? undefined : config.DATA_DIR,
        workers,
      },
      `oncelink listening on ${address}`,
    );

  if (!isClusterWorker()) {
    const warning = trustProxyWarning(config.TRUST_PROXY);
    if (warning) log.warn({ trustProxy: config.TRUST_PROXY }, warning);
    const workers = workerCount(config, log);
    if (workers > 1) {
      return runPrimary({
        workers,
        log,
        graceMs: config.SHUTDOWN_GRACE * 1000,
        onListening: (address) => announce(address, workers),
      });
    }
  }

  const app = await createApp(config, log, {
    aggregateMetrics: isClusterWorker() ? clusterMetrics : undefined,
  });
  const address = await app.listen();
  if (isClusterWorker()) reportListening(address);
  else announce(address, 1);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (!isClusterWorker()) log.info({ signal }, 'draining');
    await app.close();
    if (!isClusterWorker()) log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: Error) => {
  console.error(`oncelink failed to start: ${err.message}`);
  process.exit(1);
});
