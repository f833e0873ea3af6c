import { describe, expect, it } from "vitest";
import { HOUR_MS } from "~/lib/dates";
import { chooseNextAction, type NextActionFacts } from "./next-action";

const now = new Date("2026-12-08T10:00:00Z");
const quiet: NextActionFacts = {
  state: "active",
  course: null,
  webinar: null,
  milestone: null,
  payout: { eligible: false, available: 0n },
  newCreatives: 0,
  hasClicks: true,
  now,
};
const webinar = (hours: number, registered = false) => ({
  id: "w1",
  title: "Q&A",
  startsAt: new Date(now.getTime() + hours * HOUR_MS),
  registered,
});
const milestone = (progressBps: number) => ({
  contestId: "c1",
  contestName: "Sprint",
  label: "Gold",
  remaining: 1_000n,
  progressBps,
});
const course = { id: "k1", title: "Basics", required: true, gatesTier: null };

describe("chooseNextAction", () => {
  it("asks for the new terms before anything else", () => {
    const facts = { ...quiet, state: "needsTerms" as const, webinar: webinar(2) };
    expect(chooseNextAction(facts).kind).toBe("acceptTerms");
  });

  it("sends a partner in training to the required course", () => {
    expect(chooseNextAction({ ...quiet, state: "training", course })).toMatchObject({
      kind: "finishCourse",
      courseId: "k1",
    });
  });

  it("nudges to register for a webinar within 48 hours, not a later or registered one", () => {
    expect(chooseNextAction({ ...quiet, webinar: webinar(47) }).kind).toBe("registerWebinar");
    expect(chooseNextAction({ ...quiet, webinar: webinar(49) }).kind).toBe("shareLink");
    expect(chooseNextAction({ ...quiet, webinar: webinar(5, true) }).kind).toBe("shareLink");
    expect(chooseNextAction({ ...quiet, webinar: webinar(-1) }).kind).toBe("shareLink");
  });

  it("offers a payout the partner may request, with its amount", () => {
    const facts = {
      ...quiet,
      payout: { eligible: true, available: 12_345n },
      milestone: milestone(9_000),
    };
    expect(chooseNextAction(facts)).toEqual({ kind: "requestPayout", amount: 12_345n });
  });

  it("points at a milestone from half way, not before", () => {
    expect(chooseNextAction({ ...quiet, milestone: milestone(5_000) })).toMatchObject({
      kind: "reachMilestone",
      remaining: 1_000n,
    });
    expect(chooseNextAction({ ...quiet, milestone: milestone(4_999) }).kind).toBe("shareLink");
  });

  it("names the course the next tier waits for", () => {
    const gating = { ...course, gatesTier: "Gold" };
    expect(chooseNextAction({ ...quiet, course: gating })).toMatchObject({
      kind: "finishCourse",
      tier: "Gold",
    });
    // An optional unfinished course is not pushed.
    const optional = { ...course, required: false };
    expect(chooseNextAction({ ...quiet, course: optional }).kind).toBe("shareLink");
  });

  it("asks a partner without a click to share a first link, then shows new creatives", () => {
    expect(chooseNextAction({ ...quiet, hasClicks: false, newCreatives: 2 }).kind).toBe(
      "shareFirstLink",
    );
    expect(chooseNextAction({ ...quiet, newCreatives: 2 })).toEqual({
      kind: "newCreatives",
      count: 2,
    });
  });
});
