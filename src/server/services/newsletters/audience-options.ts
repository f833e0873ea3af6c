import type { ProgramContext } from "../context";
import { audienceOptions as tierOptions } from "../webinars/audience-options";
import { NEWSLETTER_TOPICS } from "./newsletter-input";

/** What the audience picker offers: the program's tiers and the subscribers' topics. */
export async function newsletterAudienceOptions(ctx: ProgramContext) {
  return { tiers: await tierOptions(ctx), topics: [...NEWSLETTER_TOPICS] };
}
