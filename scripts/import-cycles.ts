// `npm run lint:imports` (also `npm run cycles`): the import rules of dependency-cruiser.config.mjs,
// and the import cycles between files and between folders (a feature folder such as
// lib/server/images, a component folder, lib/<x>), counted on one cruise of the graph (type-only
// and lazy imports count). Exits 1 when a rule is broken or there is any cycle.
import { spawnSync } from "node:child_process";

interface CruisedModule {
  source: string;
  coreModule?: boolean;
  dependencies: { resolved: string; coreModule: boolean; couldNotResolve: boolean }[];
}

const ROOTS = ["app", "components", "lib", "emulator", "scripts", "test", "e2e", "bench"];

/** The folder a file belongs to in the folder graph. */
export function folderOf(path: string): string {
  const parts = path.split("/");
  if (parts[0] === "lib" && parts[1] === "server" && parts.length > 3)
    return parts.slice(0, 3).join("/");
  if ((parts[0] === "lib" || parts[0] === "components") && parts.length > 2)
    return parts.slice(0, 2).join("/");
  return parts.length > 1 ? (parts[0] ?? "") : "(root)";
}

/** Tests, benches and scripts use the product from outside: they are no folder of its layering. */
const outsideLayers = (path: string) =>
  /\.test\.tsx?$/.test(path) || /^(test|e2e|bench|scripts)\//.test(path);

type Graph = Map<string, Set<string>>;

function addEdge(graph: Graph, from: string, to: string) {
  let targets = graph.get(from);
  if (!targets) graph.set(from, (targets = new Set()));
  targets.add(to);
}

/** Strongly connected components with more than one member (Tarjan). */
function cycles(graph: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop();
      if (w === undefined) break;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function cruise(): { modules: CruisedModule[]; summary: { violations: Violation[] } } {
  const args = [...ROOTS, "proxy.ts", "instrumentation.ts", "-c", "dependency-cruiser.config.mjs"];
  const result = spawnSync("npx", ["depcruise", ...args, "-T", "json"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (!result.stdout) {
    process.stderr.write(result.stderr);
    process.exit(2);
  }
  return JSON.parse(result.stdout) as {
    modules: CruisedModule[];
    summary: { violations: Violation[] };
  };
}

const files: Graph = new Map();
const folders: Graph = new Map();
const { modules, summary } = cruise();
// Cycles are counted below, apart from the other rules.
const broken = summary.violations.filter((v) => v.rule.name !== "no-circular");
for (const v of broken) console.error(`${v.rule.name}: ${v.from} -> ${v.to}`);
console.info(`import rules broken: ${broken.length}`);
for (const cruised of modules) {
  if (cruised.coreModule || cruised.source.startsWith("node_modules")) continue;
  for (const dep of cruised.dependencies) {
    if (dep.coreModule || dep.couldNotResolve || dep.resolved.startsWith("node_modules")) continue;
    addEdge(files, cruised.source, dep.resolved);
    const [a, b] = [folderOf(cruised.source), folderOf(dep.resolved)];
    if (a !== b && !outsideLayers(cruised.source) && !outsideLayers(dep.resolved))
      addEdge(folders, a, b);
  }
}

const fileCycles = cycles(files);
const folderCycles = cycles(folders);
console.info(`file cycles: ${fileCycles.length}`);
for (const c of fileCycles) console.info(`  ${c.join(" <-> ")}`);
console.info(
  `folder cycles: ${folderCycles.length} (${folderCycles.flat().length} folders in them)`,
);
for (const members of folderCycles) {
  console.info(`  ${members.join(" <-> ")}`);
  for (const a of members)
    for (const b of folders.get(a) ?? [])
      if (members.includes(b)) console.info(`      ${a} -> ${b}`);
}
process.exit(broken.length + fileCycles.length + folderCycles.length > 0 ? 1 : 0);
