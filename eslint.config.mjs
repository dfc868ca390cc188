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
  {
    // One direction between the layers: app (pages, actions, route handlers, components)
    // -> server (the data layer) -> domain (pure rules and schemas) and lib (pure utilities).
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: "./src/server",
              from: ["./src/app", "./src/components"],
              message: "The data layer never imports pages, actions or components (app -> server -> domain/lib, never back).",
            },
            {
              target: ["./src/domain", "./src/lib"],
              from: ["./src/server", "./src/app", "./src/components"],
              message: "src/domain and src/lib are pure: they import nothing from src/server, src/app or src/components.",
            },
            {
              target: "./src/i18n",
              from: ["./src/app", "./src/components"],
              message: "Catalogs and translators serve every layer: they import no page, action or component.",
            },
          ],
        },
      ],
      // One import line per module.
      "import/no-duplicates": ["error", { "prefer-inline": true }],
    },
  },
  {
    // Functions and files of a size one reads at once (tests' case lists aside).
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts"],
    rules: {
      "max-lines-per-function": ["error", { max: 80, skipBlankLines: true, skipComments: true }],
      "max-lines": ["error", { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
];

export default config;
