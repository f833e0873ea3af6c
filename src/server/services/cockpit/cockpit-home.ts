import type { ActorContext } from "../context";
import { listManagedPrograms } from "../programs/list-managed-programs";
import { rangeTotals, type RangeTotals } from "../stats/program/range-totals";
import { attentionList, attentionTotal } from "./attention";
import { attentionCounts } from "./attention-counts";
import { monthToDate } from "./month-span";

/** The figures of a card, as programOverview defines them (revenue with and without a partner). */
function figures(totals: RangeTotals) {
  return {
    revenue: totals.partners.revenue + totals.unattributed.revenue,
    commission: totals.partners.commission,
    activePartners: totals.activePartners,
  };
}

/**
 * The console home across the programs the caller manages (their memberships, as the
 * programs list and every manager procedure: being an owner of the deployment opens no
 * program by itself): per program this month to date against the same days of the previous
 * month, and how many things wait in its cockpit. Two rollup sums per program, and the
 * attention counts grouped over all programs at once.
 */
export async function cockpitHome(ctx: ActorContext, now: Date = new Date()) {
  const programs = await listManagedPrograms(ctx);
  const span = monthToDate(now);
  const ids = programs.map((program) => program.id);
  const [counts, totals] = await Promise.all([
    attentionCounts(ctx.db, ids, now),
    Promise.all(
      programs.map((program) =>
        Promise.all([
          rangeTotals(ctx.db, program.id, span.current),
          rangeTotals(ctx.db, program.id, span.previous),
        ]),
      ),
    ),
  ]);
  return {
    span,
    programs: programs.map((program, index) => {
      const [current, previous] = totals[index]!;
      const items = attentionList(program.slug, counts.get(program.id)!);
      return {
        id: program.id,
        slug: program.slug,
        name: program.name,
        currency: program.currency,
        approved: program.approved,
        pending: program.pending,
        current: figures(current),
        previous: figures(previous),
        attention: attentionTotal(items),
      };
    }),
  };
}
