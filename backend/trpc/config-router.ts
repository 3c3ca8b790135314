import { ConfigOutput } from '../../shared/schemas';
import { publicProcedure, router } from './init';

// No input, no database: the limits were read from the environment at start.
export const configRouter = router({
  get: publicProcedure.output(ConfigOutput).query(({ ctx }) => ctx.limits),
});
