import { and, between, count, eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { clicks } from "~/server/db/schema";
import type { Program } from "../programs/types";
import type { Attribution } from "./attribute";
import { customerHash } from "./customer-hash";
import { CLICK_BURST_WINDOW_MS, fraudFlags, type FraudFlag } from "./fraud-signals";

/**
 * The fraud signals of an attributed conversion. Unattributed conversions pay nobody, so
 * there is nothing to review and no flags are raised.
 */
export async function detectFraud(
  db: Executor,
  program: Program,
  input: {
    type: "sale" | "lead" | "install" | "action";
    customer: string | null;
    customerHash: string | null;
    occurredAt: Date;
    attribution: Attribution;
  },
): Promise<FraudFlag[]> {
  const { attribution } = input;
  if (!attribution.enrollment) return [];
  return fraudFlags({
    type: input.type,
    customer: input.customer,
    customerHash: input.customerHash,
    partnerEmailHash: attribution.partnerEmail ? customerHash(attribution.partnerEmail) : null,
    occurredAt: input.occurredAt,
    click: attribution.click,
    sourceClicks: attribution.click ? await sourceClicks(db, program.id, attribution.click) : 0,
    clickBurstLimit: program.clickBurstLimit,
    minClickToSaleSeconds: program.minClickToSaleSeconds,
  });
}

/** Clicks of the program from the click's source in the burst window up to it (clicks_source_time_idx). */
async function sourceClicks(
  db: Executor,
  programId: string,
  click: { occurredAt: Date; ipHash: string },
): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(clicks)
    .where(
      and(
        eq(clicks.programId, programId),
        eq(clicks.ipHash, click.ipHash),
        between(
          clicks.occurredAt,
          new Date(click.occurredAt.getTime() - CLICK_BURST_WINDOW_MS),
          click.occurredAt,
        ),
      ),
    );
  return row?.value ?? 0;
}
