// The sentences of shared/messages.ts: failures, said the same on every surface.
import en from '../catalogs/en/messages';
import type { Catalog } from '../format';
import { pick, type Surface } from '../surface';

export const messages: Surface<typeof en> = {
  name: 'messages',
  en,
  load: (l) =>
    pick(
      import.meta.glob<{ default: Catalog }>([
        '../catalogs/*/messages.ts',
        '!../catalogs/en/messages.ts',
      ]),
      'messages',
      l,
    ),
};
