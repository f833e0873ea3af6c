import { z } from "zod";
import { conversionsEndpoint } from "~/server/tracking/tracking-url";
import { createApiKey } from "~/server/services/api-keys/create-api-key";
import { listApiKeys } from "~/server/services/api-keys/list-api-keys";
import { revokeApiKey } from "~/server/services/api-keys/revoke-api-key";
import { rotateSigningSecret } from "~/server/services/api-keys/rotate-signing-secret";
import { setRequireSignature } from "~/server/services/programs/set-require-signature";
import { createTRPCRouter, managerProcedure } from "../../trpc";

/** The program's integration settings: API keys, the signing secret and its enforcement. */
export const manageApiKeysRouter = createTRPCRouter({
  list: managerProcedure("apiKeys.read").query(async ({ ctx }) => ({
    endpoint: conversionsEndpoint(),
    requireSignature: ctx.program.requireSignature,
    keys: await listApiKeys(ctx),
  })),

  /** The key and the signing secret are in this answer only: they are never shown again. */
  create: managerProcedure("apiKeys.manage")
    .input(z.object({ name: z.string().trim().min(1).max(100) }))
    .mutation(({ ctx, input }) => createApiKey(ctx, { name: input.name })),

  revoke: managerProcedure("apiKeys.manage")
    .input(z.object({ apiKeyId: z.uuid() }))
    .mutation(({ ctx, input }) => revokeApiKey(ctx, { apiKeyId: input.apiKeyId })),

  rotateSigningSecret: managerProcedure("apiKeys.manage")
    .input(z.object({ graceHours: z.number().int().min(0).max(720).default(24) }))
    .mutation(({ ctx, input }) => rotateSigningSecret(ctx, { graceHours: input.graceHours })),

  setRequireSignature: managerProcedure("apiKeys.manage")
    .input(z.object({ required: z.boolean() }))
    .mutation(({ ctx, input }) => setRequireSignature(ctx, input)),
});
