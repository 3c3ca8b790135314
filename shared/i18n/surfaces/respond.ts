// The request page (/r/<id>).
import en from '../catalogs/en/respond';
import type { Catalog } from '../format';
import { pick, type Surface } from '../surface';

export const respond: Surface<typeof en> = {
  name: 'respond',
  en,
  load: (l) =>
    pick(
      import.meta.glob<{ default: Catalog }>([
        '../catalogs/*/respond.ts',
        '!../catalogs/en/respond.ts',
      ]),
      'respond',
      l,
    ),
};
