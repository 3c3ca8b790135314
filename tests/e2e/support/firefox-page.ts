// One Firefox tab (a BiDi browsing context) as a StoryPage, so the steps written for Playwright
// run unchanged in Firefox. Clicks and keys are real input (input.performActions); `fill` sets
// the value through the element's own setter and fires `input`, as typing would for Preact.
// Locators are re-resolved on every call and wait as Playwright's do.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Bidi } from './bidi';
import type { StoryLocator, StoryPage } from './story-page';

/** As long as Playwright waits by default. */
const WAIT_MS = 30_000;
const POLL_MS = 50;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Step = { css: string; hasText?: string };

// Compilers may wrap functions in `__name(fn, "name")` (keepNames); the page has no such helper.
const NAME_SHIM = 'const __name = (f) => f;';

/** In the page: the element `steps` lead to (the first match at each step), or null. */
const FIND = `(steps) => {
  let scope = [document];
  for (const s of steps) {
    const found = scope.flatMap((el) => [...el.querySelectorAll(s.css)])
      .filter((el) => s.hasText === undefined || (el.textContent || '').includes(s.hasText));
    if (!found.length) return null;
    scope = [found[0]];
  }
  return scope[0];
}`;

/** WebDriver's key codes for the keys stories press. */
const KEYS: Record<string, string> = {
  Enter: '\uE007',
  Tab: '\uE004',
  Space: ' ',
  Escape: '\uE00C',
  Backspace: '\uE003',
};

type Remote =
  | { type: 'success'; result: { type: string; value?: unknown; sharedId?: string } }
  | { type: 'exception'; exceptionDetails: { text: string } };

export class FirefoxPage implements StoryPage {
  constructor(
    readonly bidi: Bidi,
    readonly context: string,
    /** Runs an expression in the browser's chrome (prefs, menus: what the page cannot reach). */
    readonly chrome: (expression: string) => Promise<unknown>,
  ) {}

  private async call(fn: string, arg: unknown, own = false): Promise<Remote> {
    const r = await this.bidi.send<Remote>('script.callFunction', {
      functionDeclaration: fn,
      arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
      target: { context: this.context },
      awaitPromise: true,
      resultOwnership: own ? 'root' : 'none',
    });
    if (r.type === 'exception') throw new Error(`in the page: ${r.exceptionDetails.text}`);
    return r;
  }

  async evaluate<R, A>(fn: ((arg: A) => R | Promise<R>) | (() => R | Promise<R>), arg?: A) {
    // Through JSON both ways: stories pass and get plain data.
    const wrapper = `async (json) => { ${NAME_SHIM} const r = await (${fn.toString()})(JSON.parse(json)); return r === undefined ? undefined : JSON.stringify(r); }`;
    const r = (await this.call(wrapper, arg)) as Extract<Remote, { type: 'success' }>;
    return (r.result.type === 'string' ? JSON.parse(r.result.value as string) : undefined) as R;
  }

  async waitForFunction<A>(fn: (arg: A) => unknown, arg: A, opts: { timeout?: number } = {}) {
    const until = Date.now() + (opts.timeout ?? WAIT_MS);
    for (;;) {
      const v = await this.evaluate(fn as (a: A) => unknown, arg).catch(() => undefined);
      if (v) return v;
      if (Date.now() > until) throw new Error(`waitForFunction timed out: ${fn.toString()}`);
      await sleep(POLL_MS);
    }
  }

  async goto(url: string) {
    await this.bidi.send('browsingContext.navigate', {
      context: this.context,
      url,
      wait: 'complete',
    });
  }

  async reload() {
    await this.bidi.send('browsingContext.reload', { context: this.context, wait: 'complete' });
  }

  /** The frames in this page, in document order, as pages of their own. */
  async frames(): Promise<FirefoxPage[]> {
    type Node = { context: string; children: Node[] | null };
    const { contexts } = await this.bidi.send<{ contexts: Node[] }>('browsingContext.getTree', {
      root: this.context,
    });
    return (contexts[0]?.children ?? []).map(
      (c) => new FirefoxPage(this.bidi, c.context, this.chrome),
    );
  }

  /** The address now (history.replaceState included). */
  url(): Promise<string> {
    return this.evaluate(() => location.href);
  }

  async waitForSelector(selector: string, opts: { timeout?: number } = {}) {
    await this.locator(selector).waitFor({ state: 'attached', timeout: opts.timeout });
  }

  getByTestId(testId: string): StoryLocator {
    return new FirefoxLocator(this, [{ css: `[data-testid="${testId}"]` }]);
  }

  locator(selector: string): StoryLocator {
    return new FirefoxLocator(this, [{ css: selector }]);
  }

  async setViewportSize(size: { width: number; height: number }) {
    await this.bidi.send('browsingContext.setViewport', { context: this.context, viewport: size });
  }

  async screenshot(opts: { path: string; fullPage?: boolean }) {
    const { data } = await this.bidi.send<{ data: string }>('browsingContext.captureScreenshot', {
      context: this.context,
      origin: opts.fullPage ? 'document' : 'viewport',
    });
    mkdirSync(dirname(opts.path), { recursive: true });
    writeFileSync(opts.path, Buffer.from(data, 'base64'));
  }

  /** Firefox has no per-page emulation of prefers-color-scheme: the browser-wide pref. */
  async emulateMedia(opts: { colorScheme: 'light' | 'dark' }) {
    const value = opts.colorScheme === 'dark' ? 0 : 1;
    await this.chrome(
      `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${value})`,
    );
    await this.waitForFunction(
      (dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark,
      opts.colorScheme === 'dark',
    );
  }

  keyboard = {
    type: (text: string) => this.keys([...text]),
    press: (key: string) => this.keys([KEYS[key] ?? key]),
  };

  private async keys(values: string[]) {
    const actions = values.flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [{ type: 'key', id: 'keyboard', actions }],
    });
  }

  /** A real mouse click (or right click) on the middle of the element `sharedId`. */
  async clickElement(sharedId: string, button = 0) {
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } },
            { type: 'pointerDown', button },
            { type: 'pointerUp', button },
          ],
        },
      ],
    });
    await this.bidi.send('input.releaseActions', { context: this.context }).catch(() => undefined);
  }

  /** The element `steps` lead to, as a remote reference (for clicks), or null. */
  async resolve(steps: Step[]) {
    const r = await this.call(`(json) => (${FIND})(JSON.parse(json))`, steps, true);
    return r.type === 'success' && r.result.type !== 'null' ? r.result : null;
  }

  /** Runs `fn(element, arg)` in the page on the element `steps` lead to; throws if none. */
  async onElement<R>(steps: Step[], fn: string, arg: unknown): Promise<R> {
    const wrapper = `async (json) => { ${NAME_SHIM}
      const { steps, arg } = JSON.parse(json);
      const el = (${FIND})(steps);
      if (!el) throw new Error('the element went away');
      const r = await (${fn})(el, arg);
      return r === undefined ? undefined : JSON.stringify(r);
    }`;
    const r = (await this.call(wrapper, { steps, arg })) as Extract<Remote, { type: 'success' }>;
    return (r.result.type === 'string' ? JSON.parse(r.result.value as string) : undefined) as R;
  }

  async close() {
    await this.bidi.send('browsingContext.close', { context: this.context }).catch(() => undefined);
  }
}

class FirefoxLocator implements StoryLocator {
  constructor(
    private readonly page: FirefoxPage,
    private readonly steps: Step[],
  ) {}

  private async on<R>(fn: (el: HTMLElement, arg: unknown) => R, arg?: unknown) {
    await this.waitFor({ state: 'attached' });
    return this.page.onElement<Awaited<R>>(this.steps, fn.toString(), arg);
  }

  async click() {
    const until = Date.now() + WAIT_MS;
    for (;;) {
      await this.waitFor({ state: 'visible' });
      // Enabled and stable, as Playwright waits: the same box before and after a pause. A
      // layout still moving (word chips appearing above a button) takes the click elsewhere.
      const ready = await this.on(async (el) => {
        el.scrollIntoView({ block: 'center' });
        const box = () => JSON.stringify(el.getBoundingClientRect());
        const before = box();
        await new Promise((r) => setTimeout(r, 50));
        return !(el as HTMLButtonElement).disabled && box() === before;
      });
      if (ready) break;
      if (Date.now() > until) throw new Error(`${this.describe()} stayed disabled or moving`);
      await sleep(POLL_MS);
    }
    const el = await this.page.resolve(this.steps);
    if (!el?.sharedId) throw new Error(`${this.describe()} went away before the click`);
    await this.page.clickElement(el.sharedId);
  }

  async fill(value: string) {
    await this.on((el, v) => {
      const proto = Object.getPrototypeOf(el) as object;
      const setter = Object.getOwnPropertyDescriptor(proto, 'value')!.set!;
      (el as HTMLInputElement).focus();
      setter.call(el, v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
  }

  inputValue() {
    return this.on((el) => (el as HTMLInputElement).value);
  }
  textContent() {
    return this.on((el) => el.textContent);
  }
  getAttribute(name: string) {
    return this.on((el, n) => el.getAttribute(n as string), name);
  }
  isDisabled() {
    return this.on((el) => (el as HTMLButtonElement).disabled === true);
  }

  async count() {
    return this.page.evaluate((steps) => {
      let scope: (Element | Document)[] = [document];
      for (const s of steps) {
        scope = scope
          .flatMap((el) => [...el.querySelectorAll(s.css)])
          .filter((e) => s.hasText === undefined || (e.textContent || '').includes(s.hasText));
      }
      return scope.length;
    }, this.steps);
  }

  async waitFor(
    opts: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number } = {},
  ) {
    const state = opts.state ?? 'visible';
    const until = Date.now() + (opts.timeout ?? WAIT_MS);
    for (;;) {
      const seen = await this.page.evaluate((steps) => {
        let el: Element | null = null;
        let scope: (Element | Document)[] = [document];
        for (const s of steps) {
          const found = scope
            .flatMap((e) => [...e.querySelectorAll(s.css)])
            .filter((e) => s.hasText === undefined || (e.textContent || '').includes(s.hasText));
          if (!found[0]) return 'none';
          el = found[0];
          scope = [el];
        }
        const box = el!.getBoundingClientRect();
        return box.width > 0 && box.height > 0 ? 'visible' : 'hidden';
      }, this.steps);
      const ok =
        state === 'attached'
          ? seen !== 'none'
          : state === 'detached'
            ? seen === 'none'
            : state === 'visible'
              ? seen === 'visible'
              : seen !== 'visible';
      if (ok) return;
      if (Date.now() > until) throw new Error(`${this.describe()} never became ${state}`);
      await sleep(POLL_MS);
    }
  }

  filter(opts: { hasText: string }): StoryLocator {
    const last = this.steps[this.steps.length - 1]!;
    return new FirefoxLocator(this.page, [...this.steps.slice(0, -1), { ...last, ...opts }]);
  }
  getByTestId(testId: string): StoryLocator {
    return new FirefoxLocator(this.page, [...this.steps, { css: `[data-testid="${testId}"]` }]);
  }
  first(): StoryLocator {
    return this;
  }

  private describe() {
    return this.steps.map((s) => s.css + (s.hasText ? ` (“${s.hasText}”)` : '')).join(' ');
  }
}
