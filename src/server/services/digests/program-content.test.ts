import { describe, expect, it } from "vitest";
import { programDigestContent, type ProgramFacts } from "./program-content";

const none: ProgramFacts = { contests: [], webinars: [], courses: [], announcements: [] };
const contest = { id: "c", name: "Sprint", startsOn: "2026-12-01", endsOn: "2026-12-31" };
const news = { id: "a", title: "New rates", kind: "news" };

describe("programDigestContent", () => {
  it("sends nothing when nothing is new", () => {
    expect(programDigestContent(none, [])).toBeNull();
  });

  it("gives every section to subscribers without topics, only theirs to the others", () => {
    const facts = { ...none, contests: [contest], announcements: [news] };
    expect(programDigestContent(facts, [])).toMatchObject({
      contests: [contest],
      announcements: [news],
    });
    expect(programDigestContent(facts, ["contests"])).toMatchObject({
      contests: [contest],
      announcements: [],
    });
    expect(programDigestContent(facts, ["webinars", "courses"])).toBeNull();
  });
});
