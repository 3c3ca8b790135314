// The messages between the HTTP thread and the embedded database's thread (pglite-worker.ts).
// Values cross by structured clone: Uint8Array, Date, bigint and plain objects arrive as sent.

export interface QueryRequest {
  kind: 'query';
  id: number;
  sql: string;
  params: readonly unknown[];
}

export interface CloseRequest {
  kind: 'close';
}

export type ToDatabase = QueryRequest | CloseRequest;

/** What a failed statement reports: its SQLSTATE and names, never its parameters or row values. */
export interface ErrorFields {
  message: string;
  code?: string;
  severity?: string;
  constraint?: string;
  table?: string;
  column?: string;
}

export type FromDatabase =
  | { kind: 'ready' }
  | { kind: 'rows'; id: number; rows: Record<string, unknown>[]; affectedRows?: number }
  | { kind: 'error'; id: number; error: ErrorFields }
  | { kind: 'maintenance'; tables: string[]; ms: number; error?: string }
  | { kind: 'closed' };

/** The thread's start parameters (workerData). */
export interface WorkerOptions {
  dataDir: string;
  /** Seconds between looks at the tables' statistics for vacuum and analyze; 0: never. */
  maintenanceSeconds: number;
}
