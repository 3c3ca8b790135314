// The panels the popup and the home page share (web/ui: share form and result, Sent, requests).
import en from '../catalogs/en/panels';
import type { Catalog } from '../format';
import { pick, type Surface } from '../surface';

export const panels: Surface<typeof en> = {
  name: 'panels',
  en,
  load: (l) =>
    pick(
      import.meta.glob<{ default: Catalog }>([
        '../catalogs/*/panels.ts',
        '!../catalogs/en/panels.ts',
      ]),
      'panels',
      l,
    ),
};
