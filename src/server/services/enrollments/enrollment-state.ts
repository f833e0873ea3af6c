/**
 * What a partner may do in a program, from their enrollment and the program's current terms.
 * Pure, so the portal, the procedures and later the tracking code agree on one answer.
 */
export type EnrollmentStatus = "applied" | "approved" | "rejected" | "suspended" | "training";

export type EnrollmentState =
  | "none" // not enrolled: may apply
  | "pending" // applied, waiting for a manager
  | "active" // approved, current terms accepted: may use the program
  | "needsTerms" // approved, but new terms were published: must re-accept first
  | "training" // approved, but must complete the program's required course first
  | "rejected"
  | "suspended";

export function enrollmentState(
  enrollment: { status: EnrollmentStatus; acceptedTermsVersion: number } | null | undefined,
  currentTermsVersion: number,
): EnrollmentState {
  if (!enrollment) return "none";
  switch (enrollment.status) {
    case "applied":
      return "pending";
    case "rejected":
      return "rejected";
    case "suspended":
      return "suspended";
    case "training":
      return "training";
    case "approved":
      return enrollment.acceptedTermsVersion < currentTermsVersion ? "needsTerms" : "active";
  }
}

export type Decision = "approve" | "reject" | "suspend" | "reinstate";

const transitions: Record<Decision, { from: readonly EnrollmentStatus[]; to: EnrollmentStatus }> = {
  approve: { from: ["applied", "rejected"], to: "approved" },
  reject: { from: ["applied"], to: "rejected" },
  suspend: { from: ["approved", "training"], to: "suspended" },
  reinstate: { from: ["suspended"], to: "approved" },
};

/** The status a decision leads to, or null when it does not apply to the current status. */
export function nextStatus(current: EnrollmentStatus, decision: Decision): EnrollmentStatus | null {
  const rule = transitions[decision];
  return rule.from.includes(current) ? rule.to : null;
}
