import { router } from './init';
import { secretRouter } from './secret-router';

export const appRouter = router({ secret: secretRouter });

/** Clients import this as a type only: `import type { AppRouter } from '…/backend/trpc/app-router'`. */
export type AppRouter = typeof appRouter;
