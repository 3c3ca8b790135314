// The recipient page (/s/<id>) and the extension's window that opens a link.
import en from '../catalogs/en/recipient';
import type { Catalog } from '../format';
import { pick, type Surface } from '../surface';

export const recipient: Surface<typeof en> = {
  name: 'recipient',
  en,
  load: (l) =>
    pick(
      import.meta.glob<{ default: Catalog }>([
        '../catalogs/*/recipient.ts',
        '!../catalogs/en/recipient.ts',
      ]),
      'recipient',
      l,
    ),
};
