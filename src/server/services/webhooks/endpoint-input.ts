import { z } from "zod";
import { DomainError } from "~/server/errors";
import { webhookEventTypes } from "./events";
import { checkWebhookHost } from "./resolve-host";
import { checkWebhookUrl, MAX_WEBHOOK_URL_LENGTH, type WebhookUrlPolicy } from "./url-policy";

/** Endpoints per program: enough for a shop, a CRM and a spare; it keeps every list short. */
export const MAX_ENDPOINTS = 10;

export const endpointEvents = z
  .array(z.enum(webhookEventTypes))
  .min(1)
  .max(webhookEventTypes.length * 2)
  .transform((events) => webhookEventTypes.filter((type) => events.includes(type)));

export const endpointDescription = z.string().trim().max(200);

export const createEndpointInput = z.object({
  url: z
    .string()
    .trim()
    .min(1)
    .max(MAX_WEBHOOK_URL_LENGTH + 100),
  description: endpointDescription.default(""),
  events: endpointEvents,
});

export const endpointIdInput = z.object({ endpointId: z.uuid() });

export const updateEndpointInput = endpointIdInput.extend({
  description: endpointDescription.optional(),
  events: endpointEvents.optional(),
});

/** The URL as it will be stored, or a BAD_REQUEST naming the problem (errors.webhookUrl.*). */
export async function acceptableUrl(
  input: string,
  policy: WebhookUrlPolicy,
  resolve?: Parameters<typeof checkWebhookHost>[2],
): Promise<string> {
  const checked = checkWebhookUrl(input, policy);
  if (!checked.ok) throw new DomainError("BAD_REQUEST", `webhookUrl.${checked.problem}`);
  const problem = await checkWebhookHost(checked.hostname, policy, resolve);
  if (problem) throw new DomainError("BAD_REQUEST", `webhookUrl.${problem}`);
  return checked.url;
}
