import { configRouter } from './config-router';
import { router } from './init';
import { requestRouter } from './request-router';
import { secretRouter } from './secret-router';

export const appRouter = router({
  secret: secretRouter,
  request: requestRouter,
  config: configRouter,
});

/** Clients import this as a type only: `import type { AppRouter } from '…/backend/trpc/app-router'`. */
export type AppRouter = typeof appRouter;
