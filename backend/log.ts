import pino, { type Logger } from 'pino';

/** Structured JSON logs. Callers log names, codes and timings: never inputs, keys or bodies. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    { level, base: { service: 'oncelink' }, timestamp: pino.stdTimeFunctions.isoTime },
    destination,
  );
}
