import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/api/root";

export type CreativeItem =
  inferRouterOutputs<AppRouter>["partner"]["creatives"]["list"]["items"][number];

export type CreativeFacets =
  inferRouterOutputs<AppRouter>["partner"]["creatives"]["list"]["facets"];

/** Kinds whose content is text (shown as a text preview, embedded as text with the link). */
export const textKinds: readonly CreativeItem["kind"][] = [
  "ad_copy",
  "social_post",
  "email_template",
];
