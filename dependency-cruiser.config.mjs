// The import rules `npm run lint` enforces besides ESLint's (docs/architecture.md explains the
// layers); `npm run cycles` counts cycles between folders, which dependency-cruiser cannot.
const SCREENS = "(images|product-review|add-images|layout)";
const FEATURES = "(auth|bulk|duplicates|history|print|products|views)";
const PRODUCT = "^(app|components|lib|emulator)/";
const TESTS = ["\\.test\\.tsx?$", "^(test|e2e|bench|scripts)/"];

/** @type {import("dependency-cruiser").IConfiguration} */
export default {
  forbidden: [
    {
      name: "no-circular",
      comment: "No import cycles between files (type-only and lazy imports count).",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "every-component-folder-has-a-layer",
      comment: "A new folder of components is named in FEATURES or SCREENS (docs/architecture.md).",
      severity: "error",
      from: {},
      to: { path: `^components/(?!ui/|${FEATURES}/|${SCREENS}/)` },
    },
    {
      name: "ui-imports-only-lib",
      comment: "components/ui is shared by every feature: it imports lib, never a feature.",
      severity: "error",
      from: { path: "^components/ui/" },
      to: { path: "^components/", pathNot: "^components/ui/" },
    },
    {
      name: "features-import-only-ui-and-lib",
      comment:
        "A feature folder of components imports components/ui and lib, never another folder.",
      severity: "error",
      from: { path: `^components/${FEATURES}/` },
      to: { path: "^components/", pathNot: ["^components/ui/", "^components/$1/"] },
    },
    {
      name: "screens-compose-features",
      comment: "A screen folder composes features and ui; it never imports another screen.",
      severity: "error",
      from: { path: `^components/${SCREENS}/` },
      to: { path: `^components/${SCREENS}/`, pathNot: "^components/$1/" },
    },
    {
      name: "lib-imports-no-components",
      comment: "lib is below every component.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^components/" },
    },
    {
      name: "db-is-infrastructure",
      comment:
        "lib/server/db holds the connection, migrations, schema and writer thread: no feature.",
      severity: "error",
      from: { path: "^lib/server/db/", pathNot: TESTS },
      to: {
        path: "^lib/server/",
        pathNot: ["^lib/server/db/", "^lib/server/[^/]+\\.ts$", "^lib/server/errors/"],
      },
    },
    {
      name: "edge-above-slices",
      comment:
        "Feature slices are transport-neutral: only a slice's endpoints.ts binds it to the HTTP edge (lib/server/api).",
      severity: "error",
      from: { path: "^lib/server/(?!api/)[^/]+/", pathNot: ["/endpoints\\.ts$", ...TESTS] },
      to: { path: "^lib/server/api/" },
    },
    {
      name: "no-tests-in-the-product",
      comment: "Product code never imports a test, a test helper or a fixture.",
      severity: "error",
      from: { path: PRODUCT, pathNot: TESTS },
      to: { path: TESTS },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|\\.next|data|test-results|playwright-report)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".d.ts"],
    },
  },
};
