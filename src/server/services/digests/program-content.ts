/**
 * The program digest for subscribers: what is new in the program during the period, limited
 * to the topics the subscriber chose. Pure, like the partner digest's content rule.
 */

export const DIGEST_TOPICS = ["news", "contests", "webinars", "courses"] as const;
export type DigestTopic = (typeof DIGEST_TOPICS)[number];

export type ProgramFacts = {
  contests: { id: string; name: string; startsOn: string; endsOn: string }[];
  webinars: { id: string; title: string; startsAt: Date; timeZone: string }[];
  courses: { id: string; title: string; summary: string }[];
  announcements: { id: string; title: string; kind: string }[];
};

/** JSON-safe, the email's props. */
export type ProgramSections = {
  contests: ProgramFacts["contests"];
  webinars: { id: string; title: string; startsAt: string; timeZone: string }[];
  courses: ProgramFacts["courses"];
  announcements: ProgramFacts["announcements"];
};

/** An empty topic list means "everything" (the subscribe form's default). */
export function wants(topics: readonly string[], topic: DigestTopic): boolean {
  return topics.length === 0 || topics.includes(topic);
}

/** The sections a subscriber with these topics gets, or null when none has anything new. */
export function programDigestContent(
  facts: ProgramFacts,
  topics: readonly string[],
): ProgramSections | null {
  const sections: ProgramSections = {
    contests: wants(topics, "contests") ? facts.contests : [],
    webinars: wants(topics, "webinars")
      ? facts.webinars.map((w) => ({ ...w, startsAt: w.startsAt.toISOString() }))
      : [],
    courses: wants(topics, "courses") ? facts.courses : [],
    announcements: wants(topics, "news") ? facts.announcements : [],
  };
  const empty =
    sections.contests.length === 0 &&
    sections.webinars.length === 0 &&
    sections.courses.length === 0 &&
    sections.announcements.length === 0;
  return empty ? null : sections;
}
