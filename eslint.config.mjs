import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import path from "node:path";

// ---------------------------------------------------------------------------------------------
// Layers: what each part of the code may import (docs/decisions.md, "Layers").
// Cross-layer imports use the ~/ alias, so the patterns match it; the regexes catch the same
// targets written as relative paths. Each file group below sets no-restricted-imports once: in
// flat config a later block replaces an earlier block's options for the same rule, so the
// groups must not overlap.
// ---------------------------------------------------------------------------------------------

/** Imports of `~/server/…` (or a relative path into src/server) from a "use client" file. */
const useClientNoServer = {
  meta: {
    type: "problem",
    docs: {
      description:
        'A "use client" module is shipped to the browser: it must not import server code. ' +
        "`import type` stays allowed, because it is erased at compile time and only shares the " +
        "shape of data (router types, view rows).",
    },
    schema: [],
    messages: {
      server:
        '"use client" module imports {{source}}: server code must not reach the browser. Move the ' +
        "shared constant or helper to src/lib, or import only its type with `import type`.",
    },
  },
  create(context) {
    const file = context.filename;
    const serverRoot = path.join(import.meta.dirname, "src", "server");
    const isServer = (source) => {
      if (typeof source !== "string") return false;
      if (source === "~/server" || source.startsWith("~/server/")) return true;
      if (!source.startsWith(".")) return false;
      const target = path.resolve(path.dirname(file), source);
      return target === serverRoot || target.startsWith(serverRoot + path.sep);
    };
    let client = false;
    const check = (node, source, typeOnly) => {
      if (client && !typeOnly && isServer(source))
        context.report({ node, messageId: "server", data: { source } });
    };
    return {
      Program(program) {
        client = program.body.some((statement) => statement.directive === "use client");
      },
      ImportDeclaration(node) {
        check(node, node.source.value, node.importKind === "type");
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value, node.exportKind === "type");
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value, node.exportKind === "type");
      },
      ImportExpression(node) {
        if (node.source.type === "Literal") check(node, node.source.value, false);
      },
    };
  },
};

const layers = [
  {
    plugins: { rally: { rules: { "use-client-no-server": useClientNoServer } } },
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: { "rally/use-client-no-server": "error" },
  },
  {
    // The domain is called by routers, route handlers, jobs and pages; it never calls them.
    files: ["src/server/services/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["~/server/api", "~/server/api/**", "~/app", "~/app/**"],
              message:
                "Services must not import the tRPC layer or routes: they are called by them.",
            },
            {
              group: ["~/components", "~/components/**"],
              message: "Services must not import components; shared constants belong in src/lib.",
            },
            {
              regex: "^(\\.\\./)+(api|app|components)(/|$)",
              message: "Services must not import the tRPC layer, routes or components.",
            },
          ],
        },
      ],
    },
  },
  {
    // Sending mail sits below the domain: services call it, never the reverse. Whether the demo
    // is on is for the pages that decide to show the mailbox.
    files: ["src/server/email/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["~/server/services", "~/server/services/**", "~/server/auth/demo"],
              message: "The email layer must not import services or the demo switch.",
            },
            {
              regex: "^\\.\\./(services|auth/demo)(/|$)",
              message: "The email layer must not import services or the demo switch.",
            },
          ],
        },
      ],
    },
  },
  {
    // Tracking writes events; live publishes them after the commit and depends on tracking.
    files: ["src/server/tracking/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["~/server/live", "~/server/live/**"],
              message: "Tracking must not import live: live depends on tracking.",
            },
            {
              regex: "^\\.\\./live(/|$)",
              message: "Tracking must not import live: live depends on tracking.",
            },
          ],
        },
      ],
    },
  },
  {
    // Templates render what they are given. Their props are shaped by the services that fill
    // them, so type-only imports stay allowed (erased at compile time, no database code).
    files: ["emails/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["~/server/services", "~/server/services/**", "~/server/db", "~/server/db/**"],
              allowTypeImports: true,
              message: "Email templates must not import services or the database.",
            },
            {
              group: ["~/components", "~/components/**", "~/app", "~/app/**"],
              message:
                "Email templates must not import the web app's components; shared text helpers belong in src/lib.",
            },
            {
              regex: "(^|/)src/server/(services|db)(/|$)",
              allowTypeImports: true,
              message: "Email templates must not import services or the database.",
            },
          ],
        },
      ],
    },
  },
  {
    // Pure helpers, usable in the browser and on the server.
    files: ["src/lib/**"],
    ignores: ["src/lib/trpc/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["~/server", "~/server/**"],
              message: "src/lib is pure and browser-safe: it must not import the server.",
            },
            {
              regex: "^(\\.\\./)+server(/|$)",
              message: "src/lib is pure and browser-safe: it must not import the server.",
            },
            {
              group: ["~/env"],
              message:
                "src/lib is pure: it takes configuration as arguments; helpers that read it belong in src/server.",
            },
          ],
        },
      ],
    },
  },
  {
    // The typed tRPC client needs the router's type (AppRouter) and nothing else from the server.
    files: ["src/lib/trpc/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["~/server", "~/server/**"],
              allowTypeImports: true,
              message: "The tRPC client may import only types from the server.",
            },
            {
              regex: "^(\\.\\./)+server(/|$)",
              allowTypeImports: true,
              message: "The tRPC client may import only types from the server.",
            },
          ],
        },
      ],
    },
  },
];
// ----------------------------------------------------------------------------- end of layers

// ---------------------------------------------------------------------------------------------
// Configuration: src/env.ts is the one reader of process.env, so every variable is validated,
// typed and defaulted in one place and production's requirements are checked at start.
// Exceptions: the launch scripts (scripts/) set variables for the processes they start; the
// integration and end-to-end suites (tests/, e2e/) configure the app under test the same way;
// root config files (next, playwright, drizzle, vitest) run outside the app. Unit tests pass
// values with resetEnvForTests(values) instead.
// ---------------------------------------------------------------------------------------------
const environment = {
  files: ["**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}"],
  ignores: ["src/env.ts", "scripts/**", "tests/**", "e2e/**", "*.config.{ts,mts,js,mjs,cjs}"],
  rules: {
    "no-restricted-properties": [
      "error",
      {
        object: "process",
        property: "env",
        message:
          "Read configuration through src/env.ts (env(), appUrl(), …), the one validated reader.",
      },
    ],
  },
};
// ------------------------------------------------------------------------ end of configuration

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "dist/**",
      ".rally/**",
      "drizzle/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  ...layers,
  environment,
  {
    // Specs take `test` from e2e/support/test.ts, whose fixture fails a test on any
    // Content-Security-Policy violation; Playwright's own `test` would skip that guard.
    files: ["e2e/**/*.spec.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@playwright/test",
              allowTypeImports: true,
              message: "Import test and expect from e2e/support/test.ts (the CSP-violation guard).",
            },
          ],
        },
      ],
    },
  },
];

export default config;
