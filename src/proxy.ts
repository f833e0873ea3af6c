import { NextResponse, type NextRequest } from "next/server";

/**
 * Sends visitors without a session cookie to sign-in, remembering where they were going. This
 * is a convenience only: every procedure checks the session itself.
 */
export function proxy(request: NextRequest) {
  const hasSession = request.cookies
    .getAll()
    .some((cookie) => cookie.name.endsWith("authjs.session-token"));
  if (hasSession) return NextResponse.next();
  const url = new URL("/signin", request.url);
  url.searchParams.set("next", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/portal/:path*", "/manage/:path*"] };
