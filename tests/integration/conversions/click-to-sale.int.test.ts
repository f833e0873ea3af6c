/**
 * The click-to-sale time that the conversions list and the review queue show: measured from the
 * closest earlier click of the program with the conversion's click id, found with one probe of
 * the click's primary key per conversion rather than by reading the program's clicks.
 */
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { clicks } from "~/server/db/schema/index";
import {
  clickToSaleQuery,
  clickToSaleSeconds,
} from "~/server/services/conversions/list-conversions";
import { recordConversion } from "~/server/services/conversions/record-conversion";
import type { ProgramContext } from "~/server/services/context";
import { db } from "../../support/db";
import { makePartner, makeProgram } from "../../support/factories";
import { addClick, addLink, addRule, uniqueId } from "./fixtures";

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
};

/** Every node reading `relation`, each with the node types above it. */
function readsOf(
  node: PlanNode,
  relation: string,
  above: string[] = [],
): { node: PlanNode; above: string[] }[] {
  const own = node["Relation Name"] === relation ? [{ node, above }] : [];
  const below = (node.Plans ?? []).flatMap((child) =>
    readsOf(child, relation, [...above, node["Node Type"]]),
  );
  return [...own, ...below];
}

function indexesOf(node: PlanNode): string[] {
  const own = node["Index Name"] ? [node["Index Name"]] : [];
  return [...own, ...(node.Plans ?? []).flatMap(indexesOf)];
}

describe("click-to-sale time", () => {
  let ctx: ProgramContext;
  let conversionId: string;

  beforeAll(async () => {
    const { program } = await makeProgram();
    await addRule(program.id, { rateBps: 1000 });
    const partner = await makePartner(program.id);
    const link = await addLink(program.id, partner.enrollment.id);
    const soldAt = new Date(Date.now() - 60_000);
    const clickId = await addClick(link, { occurredAt: new Date(soldAt.getTime() - 3_600_000) });
    const { conversion } = await recordConversion(
      { db, program },
      {
        type: "sale",
        external_id: uniqueId("order"),
        amount: 5_000,
        currency: "EUR",
        click_id: clickId,
      },
      soldAt,
    );
    conversionId = conversion.id;
    // The same click id again: closer before the sale, after it, and in another program.
    const other = await makeProgram();
    const sameId = (offsetMs: number, programId = program.id) => ({
      id: clickId,
      occurredAt: new Date(soldAt.getTime() + offsetMs),
      programId,
      linkId: link.id,
      enrollmentId: link.enrollmentId,
      billable: true,
      isUnique: true,
      ipHash: uniqueId("ip"),
    });
    await db
      .insert(clicks)
      .values([sameId(-120_000), sameId(30_000), sameId(-5_000, other.program.id)]);
    ctx = { db, userId: null, program };
  });

  it("measures from the closest earlier click of the program with that id", async () => {
    expect(await clickToSaleSeconds(ctx, [conversionId])).toEqual(new Map([[conversionId, 120]]));
  });

  it("looks up each conversion's click on its own, never the program's clicks", async () => {
    const [row] = await db.execute<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(
      sql`explain (format json) ${clickToSaleQuery(ctx, [conversionId]).getSQL()}`,
    );
    const plan = row!["QUERY PLAN"][0].Plan;
    const reads = readsOf(plan, "clicks");
    expect(reads.length).toBeGreaterThan(0);
    // The lateral LIMIT is what keeps the probe per conversion.
    for (const read of reads) expect(read.above).toContain("Limit");
    // Without statistics the planner once ANDed clicks_pk with this index and read every click
    // of the program for each row.
    expect(indexesOf(plan)).not.toContain("clicks_source_time_idx");
  });
});
