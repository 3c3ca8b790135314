// The stories of the extension's open window (ui/OpenWindow.tsx), once for both engines:
// extension-open.test.ts (Chromium) and extension-open.firefox.test.ts (Firefox) open the window
// their own way (popup, link menu) and hand it here. `shots` prefixes the screenshots
// (ext-open, ff-ext-open).
import { expect } from 'vitest';
import { withTypo } from '../../support/passphrases';
import type { CreatedShare } from '../../../shared/protocol';
import { senderSees } from '../../support/shares';
import { screenshot } from './chromium';
import {
  openLinkAndWait,
  problemCode,
  readSecret,
  revealSecret,
  typePassphrase,
} from './page-stories';
import type { StoryPage } from './story-page';

export interface WindowStory {
  /** The backend's origin, where the sender sees the share's state. */
  server: string;
  share: CreatedShare;
  /** What the share holds. */
  text: string;
  shots: string;
}

/** The window shows `share` ready; the right passphrase reveals exactly `text`, spending it. */
export async function revealInWindow(win: StoryPage, o: WindowStory): Promise<void> {
  await screenshot(win, `${o.shots}-ready`);
  await typePassphrase(win, o.share.passphrase);
  await screenshot(win, `${o.shots}-typed`);
  expect(await revealSecret(win)).toBe('state-revealed');
  expect(await readSecret(win)).toBe(o.text);
  await screenshot(win, `${o.shots}-revealed`);
  expect(await senderSees(o.server, o.share)).toMatchObject({ state: 'viewed', viewsLeft: 0 });
}

/** A share of one attempt, opened in the window: a typo spends nothing; then it reveals. */
export async function typoInWindow(win: StoryPage, o: WindowStory): Promise<void> {
  expect(await openLinkAndWait(win)).toBe('state-ready');
  await typePassphrase(win, withTypo(o.share.passphrase));
  expect(await revealSecret(win)).toBe('problem');
  expect(await problemCode(win)).toBe('CHECK_MISMATCH');
  await screenshot(win, `${o.shots}-typo`);
  expect(await senderSees(o.server, o.share)).toMatchObject({
    state: 'pending',
    attemptsLeft: 1,
    viewsLeft: 1,
  });
  await typePassphrase(win, o.share.passphrase);
  expect(await revealSecret(win)).toBe('state-revealed');
  expect(await readSecret(win)).toBe(o.text);
}

/** The stories for one engine: its server (known once its environment has started) and shots. */
export function windowStories(server: () => string, shots: string) {
  const story = (share: CreatedShare, text: string) => ({ server: server(), share, text, shots });
  return {
    reveal: (win: StoryPage, share: CreatedShare, text: string) =>
      revealInWindow(win, story(share, text)),
    typo: (win: StoryPage, share: CreatedShare, text: string) =>
      typoInWindow(win, story(share, text)),
  };
}
