import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** Import paths of server-only modules (lib/server, the emulator), as written from browser code. */
export const SERVER_ONLY_IMPORTS = [
  String.raw`^(@/|(\.\./)+)(lib/server|emulator)(/|$)`,
  // From a sibling folder of lib/server (lib/queries -> ../server).
  String.raw`^\.\./server(/|$)`,
];

export default tseslint.config(
  {
    ignores: [
      "**/.next/**",
      "node_modules/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  // Next's own rules, the stricter Core Web Vitals set.
  nextPlugin.configs["core-web-vitals"],
  {
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { attributes: false } },
      ],
      "no-console": ["error", { allow: ["warn", "error", "info"] }],
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message:
            "Read settings through the env module (serverConfig() or readServerEnv() in lib/env), where they are validated.",
        },
      ],
    },
  },
  {
    // Outside the product: scripts, benchmarks and end-to-end tests start processes with their
    // own environment, tool configs read theirs, and tests set the env the code under test reads.
    files: [
      "scripts/**",
      "bench/**",
      "e2e/**",
      "*.config.{ts,mjs}",
      "**/*.test.ts",
      "**/*.test.tsx",
      "test/**",
    ],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Browser code must never reach server-only modules (keys, sessions, the FinerWorks client
    // and its emulator live there), by alias or by relative path: every folder of lib but
    // lib/server and lib/env is shared with the browser.
    files: ["components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/server/**", "lib/env/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: SERVER_ONLY_IMPORTS.map((regex) => ({
            regex,
            message: "Server-only code cannot be imported from browser code.",
          })),
        },
      ],
    },
  },
  {
    files: [
      "emulator/**/*.ts",
      "scripts/**/*.ts",
      "bench/**/*.ts",
      "e2e/**/*.ts",
      "**/*.test.ts",
      "**/*.test.tsx",
    ],
    rules: { "no-console": "off" },
  },
  {
    // .mjs and .js files are type-checked by tsc (checkJs), which already reports undefined names.
    files: ["**/*.{mjs,js}"],
    rules: { "no-undef": "off" },
  },
  {
    // Playwright fixtures hand values on with a function named `use`, which is not React's.
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
);
