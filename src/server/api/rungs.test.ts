import { describe, expect, it } from "vitest";
import { z } from "zod";
import { programReferences } from "~/server/services/enrollments/resolve-enrollment";
import { appRouter } from "./root";
import type { Rung } from "./trpc";

type Procedure = { _def: { meta?: { rung: Rung }; inputs: unknown[] } };
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, Procedure>,
);

/**
 * Partner procedures that read only the caller's own rows across all their programs, so no
 * enrollment is resolved. Each service behind them filters by the caller; an optional program
 * filter (`programId`, `programSlug`) only narrows those rows, and a foreign one selects none.
 */
const ownRows: Record<string, string> = {
  "partner.programs.list": "the caller's programs and states",
  "partner.programs.get": "the program page by its address, with the caller's state",
  "partner.programs.join": "applying: there is no enrollment yet",
  "partner.links.setDisabled": "a link of the caller's, by id",
  "partner.links.setDestination": "a link of the caller's, by id",
  "partner.links.qrCode": "a link of the caller's, by id",
  "partner.earnings.balances": "the caller's balances",
  "partner.earnings.entries": "the caller's ledger entries",
  "partner.payouts.details": "the caller's payout details",
  "partner.payouts.saveDetails": "the caller's payout details",
  "partner.payouts.cancel": "a payout of the caller's, by id",
  "partner.payouts.list": "the caller's payouts",
  "partner.profile.update": "the caller's profile",
  "partner.profile.referrals": "the caller's referral links",
  "partner.notifications.list": "the caller's notices",
  "partner.notifications.unreadCount": "the caller's notices",
  "partner.notifications.markRead": "the caller's notices",
  "partner.notifications.markAllRead": "the caller's notices",
  "partner.rewards.programs": "the caller's programs with rewards",
  "partner.contests.list": "contests of the caller's programs",
  "partner.webinars.list": "webinars of the caller's programs",
  "partner.academy.listCourses": "courses of the caller's programs",
  "partner.academy.listCertificates": "the caller's certificates",
  "partner.announcements.list": "news of the caller's programs",
  "partner.emailPreferences.get": "the caller's email preferences",
  "partner.emailPreferences.set": "the caller's email preferences",
  "partner.emailPreferences.setTimeZone": "the caller's time zone",
};

/** Signed-in procedures outside both consoles' rungs, with why. */
const accountLevel: Record<string, Rung> = {
  "account.me": "signedIn",
  "account.setLocale": "signedIn",
  "account.signOutEverywhere": "signedIn",
  "manage.programs.list": "signedIn", // the programs the caller manages, from their memberships
  "manage.cockpit.home": "signedIn", // figures of the programs the caller manages, as above
  "manage.programs.create": "owner",
  "manage.users.list": "owner", // every person of the deployment
  "manage.users.setDisabled": "owner",
  "manage.system.report": "owner", // versions, queues, storage paths of the deployment
};

const referenceKeys = new Set<string>([...Object.values(programReferences), "slug", "programSlug"]);

function inputKeys(procedure: Procedure): string[] {
  return procedure._def.inputs.flatMap((input) => {
    let schema = input as z.ZodType;
    while (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional)
      schema = schema.unwrap() as z.ZodType;
    return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  });
}

const rungOf = (procedure: Procedure) => procedure._def.meta?.rung ?? "public";

describe("the procedure ladder", () => {
  it("builds every partner procedure on enrolledProcedure, or lists why it reads own rows", () => {
    const offenders = procedures
      .filter(([path]) => path.startsWith("partner."))
      .filter(([path, procedure]) =>
        path in ownRows ? rungOf(procedure) !== "own" : rungOf(procedure) !== "enrolled",
      )
      .map(([path, procedure]) => `${path} (${rungOf(procedure)})`);
    expect(offenders).toEqual([]);
  });

  it("builds every console procedure on managerProcedure, or names its account-level rung", () => {
    const offenders = procedures
      .filter(([path]) => !path.startsWith("partner."))
      .filter(([path, procedure]) => rungOf(procedure) !== (accountLevel[path] ?? "manager"))
      .map(([path, procedure]) => `${path} (${rungOf(procedure)})`);
    expect(offenders).toEqual([]);
  });

  it("lets no other rung take a program reference, but the listed own-row filters", () => {
    const offenders = procedures
      .filter(([, procedure]) => !["enrolled", "manager", "owner"].includes(rungOf(procedure)))
      .filter(([path]) => !(path in ownRows))
      .filter(([, procedure]) => inputKeys(procedure).some((key) => referenceKeys.has(key)))
      .map(([path]) => path);
    expect(offenders).toEqual([]);
  });

  it("resolves the program of enrolled procedures by id, never by slug", () => {
    const bySlug = procedures
      .filter(([, procedure]) => rungOf(procedure) === "enrolled")
      .filter(([, procedure]) => inputKeys(procedure).includes("slug"))
      .map(([path]) => path);
    expect(bySlug).toEqual([]);
  });

  it("keeps the lists above true to the router (no stale entries)", () => {
    const paths = new Set(procedures.map(([path]) => path));
    const stale = [...Object.keys(ownRows), ...Object.keys(accountLevel)].filter(
      (path) => !paths.has(path),
    );
    expect(stale).toEqual([]);
    expect(procedures.length).toBeGreaterThan(150);
  });
});
