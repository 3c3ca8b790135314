// The shared components every surface shows (web/ui: notices, copy, progress, language, expiry).
import en from '../catalogs/en/common';
import type { Catalog } from '../format';
import { pick, type Surface } from '../surface';

export const common: Surface<typeof en> = {
  name: 'common',
  en,
  load: (l) =>
    pick(
      import.meta.glob<{ default: Catalog }>([
        '../catalogs/*/common.ts',
        '!../catalogs/en/common.ts',
      ]),
      'common',
      l,
    ),
};
