import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  { ignores: ["generated/**", ".next/**", ".next-*/**", ".data/**", "node_modules/**", "next-env.d.ts", "test-results/**"] },
  {
    // Prisma belongs to lib/ only: pages, route handlers and components go through the data-access layer.
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/generated/prisma/client", "@prisma/*"],
              message: "Use lib/ functions instead of Prisma here.",
            },
          ],
        },
      ],
    },
  },
];
export default config;
