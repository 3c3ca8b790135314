// The Generate tab's last choices, in storage.local: the kind and each kind's options. Never
// the generated value: that lives only in the tab's memory.
import { browser } from 'wxt/browser';
import {
  isGeneratorKind,
  validateGeneratorOptions,
  type GeneratorKind,
  type GeneratorOptions,
} from '../../shared/generator';

import {
  defaultGeneratorPrefs,
  type GeneratorPrefs,
  type OptionsByKind,
} from '../../web/ui/generator-state';

export { defaultGeneratorPrefs, type GeneratorPrefs, type OptionsByKind };

const KEY = 'generator';

function valid(o: unknown, kind: GeneratorKind): boolean {
  try {
    validateGeneratorOptions(o as GeneratorOptions);
    return (o as GeneratorOptions).kind === kind;
  } catch {
    return false;
  }
}

/** Stored choices, each kind's options falling back to the default if damaged or outdated. */
export function sanitizeGeneratorPrefs(raw: unknown): GeneratorPrefs {
  const prefs = defaultGeneratorPrefs();
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<GeneratorPrefs>;
  if (isGeneratorKind(r.kind)) prefs.kind = r.kind;
  for (const kind of Object.keys(prefs.options) as GeneratorKind[]) {
    const stored = (r.options as Record<string, unknown> | undefined)?.[kind];
    if (valid(stored, kind)) (prefs.options as Record<string, unknown>)[kind] = stored;
  }
  return prefs;
}

export async function loadGeneratorPrefs(): Promise<GeneratorPrefs> {
  return sanitizeGeneratorPrefs((await browser.storage.local.get(KEY))[KEY]);
}

/** Saves only options that validate, so a half-typed number never replaces a good one. */
export async function saveGeneratorPrefs(prefs: GeneratorPrefs): Promise<void> {
  await browser.storage.local.set({ [KEY]: sanitizeGeneratorPrefs(prefs) });
}
