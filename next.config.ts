import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg"],
  poweredByHeader: false,
  // forbidden() answers a signed-in user without the right role with HTTP 403 and app/forbidden.tsx.
  experimental: { authInterrupts: true },
  // Separate builds side by side (e.g. two test runs in one checkout); .next by default.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default withNextIntl(nextConfig);
