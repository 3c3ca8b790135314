import {
  RequestAnswerInput,
  RequestAnswerOutput,
  RequestCreateInput,
  RequestCreateOutput,
  RequestPeekInput,
  RequestPeekOutput,
  RequestReadInput,
  RequestReadOutput,
  RequestRevokeInput,
  RequestRevokeOutput,
  RequestStatusInput,
  RequestStatusOutput,
} from '../../shared/request/schemas';
import { publicProcedure, router } from './init';

// Every procedure is a mutation: link proofs and manage tokens travel in bodies, never in URLs.
export const requestRouter = router({
  create: publicProcedure
    .input(RequestCreateInput)
    .output(RequestCreateOutput)
    .mutation(({ ctx, input }) => ctx.requests.create(input, ctx.caller)),

  peek: publicProcedure
    .input(RequestPeekInput)
    .output(RequestPeekOutput)
    .mutation(({ ctx, input }) => ctx.requests.peek(input.id, input.linkProof, ctx.caller)),

  answer: publicProcedure
    .input(RequestAnswerInput)
    .output(RequestAnswerOutput)
    .mutation(({ ctx, input }) => ctx.requests.answer(input, ctx.caller)),

  status: publicProcedure
    .input(RequestStatusInput)
    .output(RequestStatusOutput)
    .mutation(async ({ ctx, input }) => {
      ctx.spendManageTokens(input.manageTokens.length);
      return { requests: await ctx.requests.status(input.manageTokens, ctx.caller) };
    }),

  read: publicProcedure
    .input(RequestReadInput)
    .output(RequestReadOutput)
    .mutation(({ ctx, input }) => {
      ctx.spendManageTokens(1);
      return ctx.requests.read(input.manageToken, ctx.caller);
    }),

  revoke: publicProcedure
    .input(RequestRevokeInput)
    .output(RequestRevokeOutput)
    .mutation(({ ctx, input }) => {
      ctx.spendManageTokens(1);
      return ctx.requests.revoke(input.manageToken, ctx.caller);
    }),
});
