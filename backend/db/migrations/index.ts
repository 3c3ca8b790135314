// Static list, so migrations work from a bundle as well as from source. Names sort by time.
import type { Migration } from 'kysely';
import * as init from './2026-11-22T12-00-00_init';
import * as requests from './2026-12-01T12-00-00_requests';
import * as v2 from './2026-12-01T14-00-00_v2';
import * as eventPreviewer from './2026-12-01T14-30-00_event_previewer';
import * as pendingBytes from './2026-12-01T18-00-00_pending_bytes';

export const migrations: Record<string, Migration> = {
  '2026-11-22T12-00-00_init': init,
  '2026-12-01T12-00-00_requests': requests,
  '2026-12-01T14-00-00_v2': v2,
  '2026-12-01T14-30-00_event_previewer': eventPreviewer,
  '2026-12-01T18-00-00_pending_bytes': pendingBytes,
};
