import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { staticFileHeaderRules } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg"],
  poweredByHeader: false,
  // Security headers for the build's static files; proxy.ts gives every other response its own (with a
  // per-request Content-Security-Policy nonce).
  async headers() {
    return staticFileHeaderRules();
  },
  turbopack: {
    // Not eval in the browser: see lib/security/has-generator-support.cjs (the server keeps the original).
    resolveAlias: {
      "@stdlib/assert-has-generator-support": { browser: "./lib/security/has-generator-support.cjs" },
    },
  },
  // forbidden() answers a signed-in user without the right role with HTTP 403 and app/forbidden.tsx.
  experimental: { authInterrupts: true },
  // Separate builds side by side (e.g. two test runs in one checkout); .next by default.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default withNextIntl(nextConfig);
