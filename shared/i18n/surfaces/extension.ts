// The extension's own views, menu, notifications and manifest (extension/).
import en from '../catalogs/en/extension';
import type { Catalog } from '../format';
import { pick, type Surface } from '../surface';

export const extension: Surface<typeof en> = {
  name: 'extension',
  en,
  load: (l) =>
    pick(
      import.meta.glob<{ default: Catalog }>([
        '../catalogs/*/extension.ts',
        '!../catalogs/en/extension.ts',
      ]),
      'extension',
      l,
    ),
};
