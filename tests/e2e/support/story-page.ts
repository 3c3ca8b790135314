// What a story step needs of a browser tab, and no more: the part of Playwright's Page that
// the steps use. Playwright's Page (Chromium) has it as it is; Firefox's BiDi driver
// (firefox-page.ts) implements it, so one set of steps runs in both engines.

export interface StoryLocator {
  click(): Promise<void>;
  /** Replaces the field's value, as typing it would (input events included). */
  fill(value: string): Promise<void>;
  inputValue(): Promise<string>;
  textContent(): Promise<string | null>;
  getAttribute(name: string): Promise<string | null>;
  count(): Promise<number>;
  isDisabled(): Promise<boolean>;
  waitFor(opts?: {
    state?: 'attached' | 'detached' | 'visible' | 'hidden';
    timeout?: number;
  }): Promise<void>;
  filter(opts: { hasText: string }): StoryLocator;
  getByTestId(testId: string): StoryLocator;
  first(): StoryLocator;
}

export interface StoryPage {
  goto(url: string): Promise<unknown>;
  /** The address now (Playwright answers at once, the BiDi driver asks Firefox). */
  url(): string | Promise<string>;
  reload(): Promise<unknown>;
  waitForSelector(selector: string, opts?: { timeout?: number }): Promise<unknown>;
  getByTestId(testId: string): StoryLocator;
  locator(selector: string): StoryLocator;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  waitForFunction<A>(
    fn: (arg: A) => unknown,
    arg: A,
    opts?: { timeout?: number },
  ): Promise<unknown>;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  screenshot(opts: { path: string; fullPage?: boolean }): Promise<unknown>;
  emulateMedia(opts: { colorScheme: 'light' | 'dark' }): Promise<void>;
  keyboard: { type(text: string): Promise<void>; press(key: string): Promise<void> };
  close(): Promise<void>;
}
