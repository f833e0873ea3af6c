/** A question as the partner sees it (no answers): shared by the form and its result. */
export type QuizQuestionView = {
  id: string;
  kind: "single" | "multiple";
  prompt: string;
  options: { id: string; label: string }[];
};
