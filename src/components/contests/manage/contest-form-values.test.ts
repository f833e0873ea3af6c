import { describe, expect, it } from "vitest";
import {
  contestDefaultsToForm,
  contestToForm,
  emptyContestForm,
  formToContest,
  previewInput,
  type ContestFormValues,
} from "./contest-form-values";
import { formatMetricValue, parseMetricValue } from "../metric-value";

const base = (changes: Partial<ContestFormValues> = {}): ContestFormValues => ({
  ...emptyContestForm("2025-02-10"),
  name: "Spring sprint",
  prizes: [
    { fromRank: "1", toRank: "1", label: "Trip", points: "500" },
    { fromRank: "2", toRank: "3", label: "Voucher", points: "" },
  ],
  milestones: [
    { threshold: "100.50", label: "Bronze", points: "" },
    { threshold: "1000", label: "Gold", points: "50" },
  ],
  ...changes,
});

describe("emptyContestForm", () => {
  it("runs from today to the end of the UTC month, leap years included", () => {
    expect(emptyContestForm("2024-02-10")).toMatchObject({
      startsOn: "2024-02-10",
      endsOn: "2024-02-29",
    });
    expect(emptyContestForm("2025-12-31").endsOn).toBe("2025-12-31");
  });
});

describe("formToContest", () => {
  it("turns revenue typed in major units into minor units exactly", () => {
    const result = formToContest(base(), "EUR");
    expect(result).toEqual({
      ok: true,
      contest: expect.objectContaining({
        name: "Spring sprint",
        prizes: [
          { fromRank: 1, toRank: 1, label: "Trip", points: 500 },
          { fromRank: 2, toRank: 3, label: "Voucher" },
        ],
        milestones: [
          { threshold: "10050", label: "Bronze" },
          { threshold: "100000", label: "Gold", points: 50 },
        ],
      }),
    });
  });

  it("follows the currency's minor digits (JPY has none) and accepts a decimal comma", () => {
    const yen = formToContest(
      base({ milestones: [{ threshold: "1500", label: "A", points: "" }] }),
      "JPY",
    );
    expect(yen.ok && yen.contest.milestones[0]!.threshold).toBe("1500");
    const comma = formToContest(
      base({ milestones: [{ threshold: "0,25", label: "A", points: "" }] }),
      "PLN",
    );
    expect(comma.ok && comma.contest.milestones[0]!.threshold).toBe("25");
  });

  it("takes counts as whole numbers for every other metric", () => {
    const sales = formToContest(
      base({ metric: "sales", milestones: [{ threshold: "12", label: "A", points: "" }] }),
      "EUR",
    );
    expect(sales.ok && sales.contest.milestones[0]!.threshold).toBe("12");
    const fraction = formToContest(
      base({ metric: "sales", milestones: [{ threshold: "1.5", label: "A", points: "" }] }),
      "EUR",
    );
    expect(fraction).toEqual({ ok: false, errors: { "milestones.0.threshold": { key: "count" } } });
  });

  it("refuses descending milestones, overlapping or reversed prizes and bad dates", () => {
    const result = formToContest(
      base({
        name: " ",
        startsOn: "2025-02-30",
        endsOn: "2025-02-01",
        eligibleTiers: "gold, Not A Tier!",
        prizes: [
          { fromRank: "1", toRank: "3", label: "A", points: "" },
          { fromRank: "3", toRank: "2", label: "", points: "-1" },
        ],
        milestones: [
          { threshold: "50", label: "A", points: "" },
          { threshold: "50", label: "B", points: "" },
        ],
      }),
      "EUR",
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual([
      "eligibleTierKeys",
      "milestones.1.threshold",
      "name",
      "prizes.1.fromRank",
      "prizes.1.label",
      "prizes.1.points",
      "prizes.1.toRank",
      "startsOn",
    ]);
  });

  it("refuses an end before the start and a zero milestone", () => {
    const result = formToContest(
      base({ endsOn: "2025-02-01", milestones: [{ threshold: "0", label: "A", points: "" }] }),
      "EUR",
    );
    expect(!result.ok && result.errors).toEqual({
      endsOn: { key: "endBeforeStart" },
      "milestones.0.threshold": { key: "money" },
    });
  });

  it("normalises tier keys and leagues", () => {
    const result = formToContest(
      base({
        eligibleTiers: "Gold; silver",
        leagues: [
          { key: "small", label: "Rising", minValue: "" },
          { key: "big", label: "Established", minValue: "2500" },
        ],
      }),
      "USD",
    );
    expect(result.ok && result.contest.eligibleTierKeys).toEqual(["gold", "silver"]);
    expect(result.ok && result.contest.leagues).toEqual([
      { key: "small", label: "Rising", minValue: "0" },
      { key: "big", label: "Established", minValue: "250000" },
    ]);
  });

  it("needs a league starting at zero and plain league keys", () => {
    const result = formToContest(
      base({ leagues: [{ key: "Big Ones", label: "Big", minValue: "10" }] }),
      "USD",
    );
    expect(!result.ok && result.errors).toEqual({
      "leagues.0.key": { key: "leagueKey" },
      leagues: { key: "leagueFromZero" },
    });
  });
});

describe("contestToForm", () => {
  it("round-trips a stored contest", () => {
    const first = formToContest(base(), "EUR");
    if (!first.ok) throw new Error("expected a valid form");
    const again = formToContest(contestToForm(first.contest, "EUR"), "EUR");
    expect(again).toEqual(first);
  });
});

describe("previewInput", () => {
  it("previews before the contest is named or its prizes labelled", () => {
    const input = previewInput(
      base({ name: "", prizes: [{ fromRank: "1", toRank: "", label: "", points: "" }] }),
      "EUR",
    );
    expect(input?.prizes).toEqual([{ fromRank: 1, toRank: 1, label: "…" }]);
    expect(input?.milestones.map((m) => m.threshold)).toEqual(["10050", "100000"]);
  });

  it("waits while a number is invalid", () => {
    expect(
      previewInput(base({ milestones: [{ threshold: "abc", label: "", points: "" }] }), "EUR"),
    ).toBeNull();
  });
});

describe("metric values", () => {
  it("formats money in the currency and counts as numbers", () => {
    expect(formatMetricValue(123456n, "revenue", "EUR", "en")).toBe("€1,234.56");
    expect(formatMetricValue(1234n, "sales", "EUR", "en")).toBe("1,234");
  });

  it("never parses a negative or malformed value", () => {
    expect(parseMetricValue("-5", "revenue", "EUR")).toBeNull();
    expect(parseMetricValue("1 000", "clicks", "EUR")).toBeNull();
    expect(parseMetricValue("7", "recruits", "EUR")).toBe(7n);
  });
});

describe("contestDefaultsToForm", () => {
  const defaults = {
    metric: "revenue" as const,
    startsOn: "2026-12-01",
    endsOn: "2026-12-31",
    prizes: [
      { fromRank: 1, toRank: 1, kind: "winner", points: 500 },
      { fromRank: 2, toRank: 3, kind: "runnerUp", points: 250 },
    ],
    milestones: [
      { threshold: "850000", kind: "steady", points: 50 },
      { threshold: "1200050", kind: "record", points: 200 },
    ],
  };
  const text = {
    name: "December sales sprint",
    description: "Top sellers win.",
    prize: (kind: string) => `prize:${kind}`,
    milestone: (kind: string) => `milestone:${kind}`,
  };

  it("fills every field with the suggestion, thresholds as a person types them", () => {
    const form = contestDefaultsToForm(defaults, text, "EUR");
    expect(form).toMatchObject({
      name: "December sales sprint",
      description: "Top sellers win.",
      metric: "revenue",
      startsOn: "2026-12-01",
      endsOn: "2026-12-31",
      eligibleTiers: "",
      leagues: [],
      prizes: [
        { fromRank: "1", toRank: "1", label: "prize:winner", points: "500" },
        { fromRank: "2", toRank: "3", label: "prize:runnerUp", points: "250" },
      ],
      milestones: [
        { threshold: "8500", label: "milestone:steady", points: "50" },
        { threshold: "12000.50", label: "milestone:record", points: "200" },
      ],
    });
  });

  it("is valid as it stands, and converts back to the suggested minor units", () => {
    const result = formToContest(contestDefaultsToForm(defaults, text, "EUR"), "EUR");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.contest.milestones.map((m) => m.threshold)).toEqual(["850000", "1200050"]);
    expect(result.contest.prizes).toEqual([
      { fromRank: 1, toRank: 1, label: "prize:winner", points: 500 },
      { fromRank: 2, toRank: 3, label: "prize:runnerUp", points: 250 },
    ]);
    // Counts and currencies without minor units come through unchanged.
    const sales = contestDefaultsToForm(
      { ...defaults, metric: "sales", milestones: [{ threshold: "40", kind: "x", points: 1 }] },
      text,
      "EUR",
    );
    expect(sales.milestones[0]?.threshold).toBe("40");
    const yen = contestDefaultsToForm(defaults, text, "JPY");
    expect(yen.milestones[0]?.threshold).toBe("850000");
  });
});
