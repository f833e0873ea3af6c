import { randomUUID } from "node:crypto";
import { createCaller } from "~/server/api/root";
import type { Locale } from "~/i18n/locales";
import { createProgram, type CreateProgram } from "~/server/services/programs/create-program";
import { findOrCreateUser } from "~/server/services/users/find-or-create-user";
import { enrollments } from "~/server/db/schema";
import { db } from "./db";

const unique = () => randomUUID().slice(0, 8);

export async function makeUser(options: { isOwner?: boolean; locale?: Locale } = {}) {
  return findOrCreateUser(db, {
    email: `person-${unique()}@test.rally.test`,
    name: "Test Person",
    isOwner: options.isOwner,
    locale: options.locale,
  });
}

export function programInput(overrides: Partial<CreateProgram> = {}): CreateProgram {
  return {
    slug: `p-${unique()}`,
    name: "Test Program",
    description: "",
    currency: "EUR",
    cookieWindowDays: 30,
    holdPeriodDays: 14,
    allowedDomains: ["shop.example.com"],
    approvalMode: "manual",
    terms: "These are the test program terms, version one.",
    ...overrides,
  };
}

/** A program with its own owner-manager: every test builds its own tenant. */
export async function makeProgram(overrides: Partial<CreateProgram> = {}) {
  const manager = await makeUser({ isOwner: true });
  const program = await createProgram({ db, userId: manager.id }, programInput(overrides));
  return { program, manager };
}

/** The tRPC API as this person sees it, with the same procedures and checks as over HTTP. */
export function callerFor(userId: string | null, locale: Locale = "en") {
  return createCaller({ db, userId, locale });
}

/** An approved partner of `programId`, optionally recruited by another enrollment. */
export async function makePartner(
  programId: string,
  options: {
    referredById?: string;
    tierKey?: string;
    status?: (typeof enrollments.$inferInsert)["status"];
  } = {},
) {
  const user = await makeUser();
  const [enrollment] = await db
    .insert(enrollments)
    .values({
      programId,
      partnerId: user.id,
      status: options.status ?? "approved",
      acceptedTermsVersion: 1,
      decidedAt: new Date(),
      referredById: options.referredById,
      tierKey: options.tierKey,
    })
    .returning();
  return { user, enrollment: enrollment! };
}
