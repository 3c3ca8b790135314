// The extension's views in its language (lib/language.ts): loaded before the view first shows
// (no flash of English), set on <html lang dir>, and followed when Options changes it, so an
// open popup or share window switches at once, keeping what was typed.
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { extension } from '../../shared/i18n/surfaces/extension';
import { panels } from '../../shared/i18n/surfaces/panels';
import { loadWords, WordsProvider, type Words } from '../../web/ui/language';
import { currentLocale, LANGUAGE_KEY } from '../lib/language';
import { useStored } from './use-stored';

/** Every surface a view of the extension shows (web/ui's own come along with loadWords). */
const SURFACES = [extension, panels];

async function load(): Promise<Words> {
  return loadWords(await currentLocale(), SURFACES);
}

export function Localized({ children }: { children: ComponentChildren }) {
  const words = useStored<Words | null>('local', LANGUAGE_KEY, load, null);
  useEffect(() => {
    if (!words) return;
    document.documentElement.lang = words.locale;
    document.documentElement.dir = words.dir;
  }, [words?.locale]);
  return words ? <WordsProvider value={words}>{children}</WordsProvider> : null;
}
