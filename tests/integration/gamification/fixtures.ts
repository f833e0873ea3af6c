/** Shared by the gamification tests: a program with point rules, badges and tiers. */
import { badges, pointRules, tiers } from "~/server/db/schema/index";
import type { BadgeCriteria } from "~/server/db/schema/index";
import type { PointEvent } from "~/server/services/gamification/award";
import { db } from "../../support/db";
import { makeProgram } from "../../support/factories";
import { insertApproved, insertConversion } from "../../support/ledger";

export async function rewardsProgram(
  rules: Partial<Record<PointEvent, number>> = { sale: 10, course_completed: 50 },
) {
  const setup = await makeProgram();
  const entries = Object.entries(rules) as [PointEvent, number][];
  if (entries.length > 0) {
    await db
      .insert(pointRules)
      .values(entries.map(([event, points]) => ({ programId: setup.program.id, event, points })));
  }
  return setup;
}

export async function addBadge(programId: string, key: string, criteria: BadgeCriteria) {
  const [badge] = await db
    .insert(badges)
    .values({ programId, key, name: `Badge ${key}`, criteria })
    .returning();
  return badge!;
}

export async function addTiers(
  programId: string,
  list: { key: string; minPoints: number; rateBonusBps?: number; requiredCourseId?: string }[],
) {
  return db
    .insert(tiers)
    .values(list.map((tier) => ({ programId, name: tier.key.toUpperCase(), ...tier })))
    .returning();
}

/** A sale whose commission held: the conversion and its approved direct commission. */
export async function approvedSale(programId: string, enrollmentId: string) {
  const conversion = await insertConversion(programId, enrollmentId);
  await insertApproved({ programId, enrollmentId, conversionId: conversion.id });
  return conversion;
}
