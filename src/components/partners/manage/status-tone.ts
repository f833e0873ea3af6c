/** Badge colours of enrollment statuses, the same on the list and the partner's page. */
export const statusTone = {
  applied: "amber",
  approved: "green",
  rejected: "red",
  suspended: "zinc",
  training: "blue",
} as const;
