/**
 * Tracking links and promo codes of the demo program. Links are inserted in bulk (a few
 * hundred, with their history's creation dates) rather than through createLink, which is one
 * request of one partner "now"; destinations still go through the same destination check.
 */
import type { Db } from "~/server/db/client";
import { links } from "~/server/db/schema";
import { checkDestination } from "~/lib/validation/destination";
import { assignPromoCode } from "~/server/services/promo-codes/assign-promo-code";
import type { Program } from "~/server/services/program";
import type { DemoPartner } from "./demo-partners";
import { base62, intBetween, shuffled, type Random } from "./demo-random";
import { DAY_MS } from "~/lib/dates";

export type DemoLink = {
  id: string;
  enrollmentId: string;
  code: string;
  createdAt: Date;
  subId: string | null;
  /** Share of the partner's traffic that goes through this link. */
  share: number;
  /** Banner impressions per click on this link; 0 when the partner shows no banner. */
  bannerRatio: number;
};

/** A readable code for the demo partner's main link, handy in docs and manual tests. */
export const DEMO_LINK_CODE = "PaulBlog";
export const DEMO_PROMO_CODE = "PAUL10";
const PROMO_PARTNERS = 15;

const destinations = [
  "https://northwind.example/courses/typescript-fundamentals",
  "https://northwind.example/courses/react-in-depth",
  "https://learn.northwind.example/paths/frontend-developer",
  "https://northwind.example/pricing",
  "https://learn.northwind.example/paths/ux-design",
  "https://northwind.example/",
];
const placements: [subId: string | null, label: string][] = [
  ["blog", "Blog sidebar"],
  ["newsletter", "Weekly newsletter"],
  ["youtube", "YouTube description"],
  ["social", "Social profile"],
  [null, "Homepage banner"],
];
const shares = [0.6, 0.28, 0.12];

export async function seedLinks(
  db: Db,
  program: Program,
  partners: readonly DemoPartner[],
  random: Random,
  now: Date,
): Promise<DemoLink[]> {
  const rows = partners.flatMap((partner) => {
    const count = partner.rank <= 30 ? 3 : partner.rank <= 100 ? 2 : intBetween(random, 1, 2);
    const banner = partner.isDemo || random() < 0.3 ? 1.5 + random() * 2.5 : 0;
    const used = shuffled(random, placements).slice(0, count);
    const total = shares.slice(0, count).reduce((sum, share) => sum + share, 0);
    return used.map(([subId, label], index) => {
      const checked = checkDestination(
        destinations[intBetween(random, 0, 5)]!,
        program.allowedDomains,
      );
      if (!checked.ok) throw new Error(`demo destination refused: ${checked.problem}`);
      const delay = index === 0 ? random() * 3 : random() * 40;
      const createdAt = new Date(
        Math.min(partner.decidedAt.getTime() + delay * DAY_MS, now.getTime() - DAY_MS),
      );
      return {
        programId: program.id,
        enrollmentId: partner.enrollmentId,
        code: partner.isDemo && index === 0 ? DEMO_LINK_CODE : base62(random, 8),
        destination: checked.url,
        label,
        subId,
        createdAt,
        share: shares[index]! / total,
        bannerRatio: index === 0 ? banner : 0,
      };
    });
  });
  const inserted = await db
    .insert(links)
    .values(rows.map(({ share: _share, bannerRatio: _ratio, ...row }) => row))
    .returning({ id: links.id, code: links.code });
  const idOf = new Map(inserted.map((row) => [row.code, row.id]));
  return rows.map((row) => ({
    id: idOf.get(row.code)!,
    enrollmentId: row.enrollmentId,
    code: row.code,
    createdAt: row.createdAt,
    subId: row.subId,
    share: row.share,
    bannerRatio: row.bannerRatio,
  }));
}

/** Promo codes for the demo partner and some of the busier partners, assigned by the manager. */
export async function seedPromoCodes(
  db: Db,
  program: Program,
  managerId: string,
  partners: readonly DemoPartner[],
  random: Random,
): Promise<Map<string, string>> {
  const chosen = [
    partners.find((partner) => partner.isDemo)!,
    ...shuffled(
      random,
      partners.filter((partner) => !partner.isDemo && partner.rank <= 60),
    ).slice(0, PROMO_PARTNERS - 1),
  ];
  const codes = new Map<string, string>();
  const taken = new Set<string>();
  for (const partner of chosen) {
    let code = DEMO_PROMO_CODE;
    if (!partner.isDemo) {
      const [first = "PARTNER", last = "X"] = partner.name.toUpperCase().split(" ");
      const base = `${first.replace(/[^A-Z]/g, "")}${last.replace(/[^A-Z]/g, "").slice(0, 1)}`;
      code = `${base}${[10, 15, 20][intBetween(random, 0, 2)]}`;
      for (let n = 2; taken.has(code); n++) code = `${base}${n}0`;
    }
    taken.add(code);
    await assignPromoCode(
      { db, userId: managerId, program },
      { enrollmentId: partner.enrollmentId, code },
    );
    codes.set(code, partner.enrollmentId);
  }
  return codes;
}
