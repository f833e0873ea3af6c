import { z } from "zod";
import { createWebhookEndpoint } from "~/server/services/webhooks/create-endpoint";
import { deleteWebhookEndpoint } from "~/server/services/webhooks/delete-endpoint";
import {
  createEndpointInput,
  endpointIdInput,
  updateEndpointInput,
} from "~/server/services/webhooks/endpoint-input";
import { webhookEventTypes } from "~/server/services/webhooks/events";
import {
  listDeliveriesInput,
  listWebhookDeliveries,
} from "~/server/services/webhooks/list-deliveries";
import { listWebhookEndpoints } from "~/server/services/webhooks/list-endpoints";
import {
  resendDeliveryInput,
  resendWebhookDelivery,
} from "~/server/services/webhooks/resend-delivery";
import { rotateWebhookEndpointSecret } from "~/server/services/webhooks/rotate-endpoint-secret";
import { setWebhookEndpointDisabled } from "~/server/services/webhooks/set-endpoint-disabled";
import { updateWebhookEndpoint } from "~/server/services/webhooks/update-endpoint";
import { createTRPCRouter, managerProcedure } from "../../trpc";

/** Outbound webhooks: the program's endpoints and their delivery log. */
export const manageWebhooksRouter = createTRPCRouter({
  endpoints: managerProcedure("webhooks.read").query(async ({ ctx }) => ({
    eventTypes: webhookEventTypes,
    endpoints: await listWebhookEndpoints(ctx),
  })),

  /** The signing secret is in this answer only: it is never shown again. */
  create: managerProcedure("webhooks.manage")
    .input(createEndpointInput)
    .mutation(({ ctx, input }) => createWebhookEndpoint(ctx, input)),

  update: managerProcedure("webhooks.manage")
    .input(updateEndpointInput)
    .mutation(({ ctx, input }) => updateWebhookEndpoint(ctx, input)),

  setDisabled: managerProcedure("webhooks.manage")
    .input(endpointIdInput.extend({ disabled: z.boolean() }))
    .mutation(({ ctx, input }) => setWebhookEndpointDisabled(ctx, input)),

  /** The new secret is in this answer only. */
  rotateSecret: managerProcedure("webhooks.manage")
    .input(endpointIdInput)
    .mutation(({ ctx, input }) => rotateWebhookEndpointSecret(ctx, input)),

  delete: managerProcedure("webhooks.manage")
    .input(endpointIdInput)
    .mutation(({ ctx, input }) => deleteWebhookEndpoint(ctx, input)),

  deliveries: managerProcedure("webhooks.read")
    .input(listDeliveriesInput)
    .query(({ ctx, input }) => listWebhookDeliveries(ctx, input)),

  resend: managerProcedure("webhooks.manage")
    .input(resendDeliveryInput)
    .mutation(({ ctx, input }) => resendWebhookDelivery(ctx, input)),
});
