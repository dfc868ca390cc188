import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ["src/generated/**", ".next/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    // Only the data layer talks to the database.
    files: ["src/app/**", "src/components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "next/link", importNames: ["default"], message: "Use @/components/ui/link: it prefetches on intent, not for every link in view." }],
          patterns: [
            { group: ["@/generated/prisma/client", "@/server/db"], message: "Pages and components read through src/server/**, never Prisma directly." },
            { group: ["@/server/*/*"], message: "Import a domain's public face (@/server/<domain>), not a file inside it." },
          ],
        },
      ],
    },
  },
];

export default config;
