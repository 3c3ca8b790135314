import {
  AckInput,
  AckOutput,
  CreateInput,
  CreateOutput,
  PeekInput,
  PeekOutput,
  RevealInput,
  RevealOutput,
  RevokeInput,
  RevokeOutput,
  StatusInput,
  StatusOutput,
} from '../../shared/schemas';
import { octetInputParser } from '@trpc/server/http';
import { maxFileEnvelopeBytes } from '../../shared/file';
import { TAG_BYTES } from '../../shared/limits';
import { readUpload } from '../secrets/upload';
import { publicProcedure, router } from './init';

export const secretRouter = router({
  create: publicProcedure
    .input(CreateInput)
    .output(CreateOutput)
    .mutation(({ ctx, input }) => ctx.secrets.create(input, ctx.caller)),

  // A file share without base64: a binary body, read and checked as it streams (upload.ts).
  upload: publicProcedure
    .input(octetInputParser)
    .output(CreateOutput)
    .mutation(async ({ ctx, input }) => {
      const { maxFileBytes } = ctx.limits;
      const max = maxFileBytes === 0 ? 0 : maxFileEnvelopeBytes(maxFileBytes) + TAG_BYTES;
      const up = await readUpload(input, max, maxFileBytes, ctx.bodyAborted());
      return ctx.secrets.createFile(up.header, up.ciphertext, ctx.caller);
    }),

  peek: publicProcedure
    .input(PeekInput)
    .output(PeekOutput)
    .query(({ ctx, input }) => ctx.secrets.peek(input.id, input.linkProof, ctx.caller)),

  reveal: publicProcedure
    .input(RevealInput)
    .output(RevealOutput)
    .mutation(({ ctx, input }) => ctx.secrets.reveal(input, ctx.caller)),

  ack: publicProcedure
    .input(AckInput)
    .output(AckOutput)
    .mutation(({ ctx, input }) => ctx.secrets.ack(input)),

  // A mutation although it reads: manage tokens travel in the body, never in a URL.
  status: publicProcedure
    .input(StatusInput)
    .output(StatusOutput)
    .mutation(async ({ ctx, input }) => {
      ctx.spendManageTokens(input.manageTokens.length);
      return { secrets: await ctx.secrets.status(input.manageTokens, ctx.caller) };
    }),

  revoke: publicProcedure
    .input(RevokeInput)
    .output(RevokeOutput)
    .mutation(({ ctx, input }) => {
      ctx.spendManageTokens(1);
      return ctx.secrets.revoke(input.manageToken, ctx.caller);
    }),
});
