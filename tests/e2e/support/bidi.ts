// A small WebDriver BiDi client over one WebSocket: commands matched to their answers by id,
// events handed to listeners. Playwright's Firefox needs Mozilla builds patched for it, so the
// Firefox suites drive Debian's firefox-esr through the W3C protocol it speaks natively
// (docs/testing.md#firefox-over-webdriver-bidi).
import WebSocket from 'ws';

/** An error answer of the remote end ("no such element", "javascript error"…). */
export class BidiError extends Error {
  constructor(
    readonly method: string,
    readonly error: string,
    message: string,
  ) {
    super(`${method}: ${error}: ${message}`);
    this.name = 'BidiError';
  }
}

type Pending = { resolve(v: unknown): void; reject(e: Error): void; method: string };
export type BidiEvent = { method: string; params: Record<string, unknown> };

/** A command without an answer in this time is a hang in the browser: fail with its name. */
const COMMAND_TIMEOUT_MS = 30_000;

export class Bidi {
  private next = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(e: BidiEvent) => void>();
  private closedWith: Error | null = null;

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => this.receive(String(data)));
    ws.on('close', () => this.fail(new Error('the BiDi connection closed')));
    ws.on('error', (e) => this.fail(e));
  }

  static async connect(url: string): Promise<Bidi> {
    const ws = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new Bidi(ws);
  }

  send<T = Record<string, unknown>>(method: string, params: object = {}): Promise<T> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    const id = ++this.next;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new BidiError(method, 'timeout', `no answer in ${COMMAND_TIMEOUT_MS} ms`));
      }, COMMAND_TIMEOUT_MS);
      this.pending.set(id, {
        method,
        resolve: (v) => (clearTimeout(timer), resolve(v as T)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Calls `listener` for every event until the returned function is called. */
  on(listener: (e: BidiEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The first event for which `match` is true, within `timeoutMs`. */
  waitForEvent(match: (e: BidiEvent) => boolean, timeoutMs = 15_000): Promise<BidiEvent> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`no matching BiDi event in ${timeoutMs} ms`));
      }, timeoutMs);
      const off = this.on((e) => {
        if (!match(e)) return;
        clearTimeout(timer);
        off();
        resolve(e);
      });
    });
  }

  close(): void {
    this.ws.close();
  }

  private receive(text: string) {
    const msg = JSON.parse(text) as {
      type: 'success' | 'error' | 'event';
      id?: number;
      result?: unknown;
      error?: string;
      message?: string;
      method?: string;
      params?: Record<string, unknown>;
    };
    if (msg.type === 'event') {
      for (const l of [...this.listeners]) l({ method: msg.method!, params: msg.params ?? {} });
      return;
    }
    const p = msg.id === undefined ? undefined : this.pending.get(msg.id);
    if (!p) return;
    this.pending.delete(msg.id!);
    if (msg.type === 'success') p.resolve(msg.result);
    else p.reject(new BidiError(p.method, msg.error ?? 'error', msg.message ?? ''));
  }

  private fail(err: Error) {
    this.closedWith ??= err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }
}
