import { programHomePage } from "~/lib/validation/destination";

/**
 * Where a creative's link sends visitors: programs have no landing-page setting, so it is the
 * home page of the program's first allowed domain (passed through the same check as any
 * partner link, so the redirect only ever goes to an allowed host). Null if none qualifies.
 */
export const defaultDestination = programHomePage;
