import { describe, expect, it } from "vitest";
import {
  enrollmentState,
  nextStatus,
  type Decision,
  type EnrollmentStatus,
} from "./enrollment-state";

describe("enrollmentState", () => {
  it("tells what a partner may do", () => {
    expect(enrollmentState(null, 1)).toBe("none");
    expect(enrollmentState({ status: "applied", acceptedTermsVersion: 1 }, 1)).toBe("pending");
    expect(enrollmentState({ status: "approved", acceptedTermsVersion: 1 }, 1)).toBe("active");
    expect(enrollmentState({ status: "approved", acceptedTermsVersion: 1 }, 2)).toBe("needsTerms");
    expect(enrollmentState({ status: "rejected", acceptedTermsVersion: 1 }, 1)).toBe("rejected");
    expect(enrollmentState({ status: "suspended", acceptedTermsVersion: 1 }, 2)).toBe("suspended");
  });
});

describe("nextStatus", () => {
  const table: [EnrollmentStatus, Decision, EnrollmentStatus | null][] = [
    ["applied", "approve", "approved"],
    ["applied", "reject", "rejected"],
    ["applied", "suspend", null],
    ["applied", "reinstate", null],
    ["approved", "approve", null],
    ["approved", "reject", null],
    ["approved", "suspend", "suspended"],
    ["approved", "reinstate", null],
    ["rejected", "approve", "approved"],
    ["rejected", "reject", null],
    ["rejected", "suspend", null],
    ["suspended", "reinstate", "approved"],
    ["suspended", "approve", null],
    ["suspended", "suspend", null],
  ];
  it.each(table)("%s + %s → %s", (from, decision, to) => {
    expect(nextStatus(from, decision)).toBe(to);
  });
});
