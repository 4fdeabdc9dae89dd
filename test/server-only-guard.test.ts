// The lint guard that keeps server-only modules (keys, sessions, the FinerWorks client) out of
// browser code: every browser folder, every server-only module, by alias and by relative path.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// Only the guard runs, without type information: the fixtures are text, not files on disk.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ruleFilter: ({ ruleId }) => ruleId === "no-restricted-imports",
});

async function guardErrors(filePath: string, specifier: string): Promise<string[]> {
  const code = `import { thing } from "${specifier}";\nexport const used = thing;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

const SERVER_ONLY = [
  "lib/server/config",
  "lib/server/api/handler",
  "lib/server/stores",
  "lib/server/finerworks",
  "lib/server/finerworks/index",
  "lib/server/finerworks/client",
  "lib/server/finerworks/transport",
  "lib/server/auth/session",
  "lib/server/auth/session-token",
  "lib/server/auth/options",
  "lib/server/auth/users",
  "emulator/server",
];

// A file in each browser folder, with the relative path from it to the repository root.
const BROWSER_FILES: [file: string, toRoot: string][] = [
  ["components/guard-fixture.tsx", "../"],
  ["components/images/editing/guard-fixture.tsx", "../../../"],
  ["lib/queries/guard-fixture.ts", "../../"],
  ["lib/editing/guard-fixture.ts", "../../"],
  ["lib/schemas/guard-fixture.ts", "../../"],
];

const cases = BROWSER_FILES.flatMap(([file, toRoot]) =>
  SERVER_ONLY.flatMap((module) => [
    { file, specifier: `@/${module}` },
    { file, specifier: `${toRoot}${module}` },
  ]),
);
// Inside lib, a sibling folder is one step up.
const siblingCases = ["lib/queries", "lib/editing", "lib/schemas"].flatMap((folder) =>
  SERVER_ONLY.filter((m) => m.startsWith("lib/")).map((module) => ({
    file: `${folder}/guard-fixture.ts`,
    specifier: `../${module.slice("lib/".length)}`,
  })),
);

describe("the server-only import guard", () => {
  it.each([...cases, ...siblingCases])("refuses $specifier in $file", async (c) => {
    expect(await guardErrors(c.file, c.specifier)).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*Server-only code cannot be imported/),
    ]);
  });

  it.each([
    { file: "components/guard-fixture.tsx", specifier: "@/lib/schemas/finerworks" },
    { file: "components/guard-fixture.tsx", specifier: "../lib/schemas/finerworks" },
    { file: "lib/queries/guard-fixture.ts", specifier: "../schemas/finerworks" },
    { file: "components/guard-fixture.tsx", specifier: "@/lib/auth/roles" },
    { file: "lib/editing/guard-fixture.ts", specifier: "@/lib/schemas/image-input" },
    // Server code may import it, of course.
    { file: "app/api/images/guard-fixture.ts", specifier: "@/lib/server/config" },
  ])("allows $specifier in $file", async (c) => {
    expect(await guardErrors(c.file, c.specifier)).toEqual([]);
  });
});
