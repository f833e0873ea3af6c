/**
 * Fails on import cycles: between any two files of the app, the emails and the scripts, and
 * between the feature folders of src/server/services. Run by `npm run lint`.
 *
 * A file cycle makes the module that runs first see the other's exports as undefined (or in
 * TDZ) depending on which side is imported first; a folder cycle means two features cannot be
 * understood, tested or moved apart. Type-only imports count too: they are where runtime
 * imports creep back in.
 */
import path from "node:path";
import { parseDependencyTree, type DependencyTree } from "dpdm";

/**
 * The one allowed file cycle: the academy and gamification tables reference each other by
 * foreign key (a course awards a badge, a badge can require a course), and drizzle needs
 * both table objects in scope to declare those keys.
 */
const ALLOWED_FILE_CYCLES = [
  ["src/server/db/schema/academy.ts", "src/server/db/schema/gamification.ts"],
];

const SERVICES = "src/server/services/";

/** Strongly connected components of more than one node (or a node importing itself). */
function cyclesOf(graph: Map<string, Set<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];

  // Iterative Tarjan: the file graph is deep enough to make recursion a risk.
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; edges: Iterator<string> }[] = [];
    const enter = (node: string) => {
      index.set(node, next);
      low.set(node, next);
      next++;
      stack.push(node);
      onStack.add(node);
      work.push({ node, edges: (graph.get(node) ?? new Set<string>()).values() });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const step = frame.edges.next();
      if (!step.done) {
        const target = step.value;
        if (!index.has(target)) enter(target);
        else if (onStack.has(target))
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      const selfLoop = graph.get(frame.node)?.has(frame.node) ?? false;
      if (component.length > 1 || selfLoop) found.push(component.sort());
    }
  }
  return found;
}

function addEdge(graph: Map<string, Set<string>>, from: string, to: string) {
  let targets = graph.get(from);
  if (!targets) graph.set(from, (targets = new Set()));
  targets.add(to);
}

/** The feature folder of a service file; files directly in services/ belong to no feature. */
function featureOf(file: string): string | null {
  if (!file.startsWith(SERVICES)) return null;
  const rest = file.slice(SERVICES.length).split("/");
  return rest.length > 1 ? rest[0]! : null;
}

function sameSet(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && [...a].sort().every((value, i) => value === [...b].sort()[i]);
}

async function main(): Promise<number> {
  const root = path.resolve(import.meta.dirname, "..");
  const tree: DependencyTree = await parseDependencyTree(
    ["src/**/*.ts", "src/**/*.tsx", "emails/**/*.tsx", "emails/**/*.ts", "scripts/**/*.ts"],
    {
      cwd: root,
      context: root,
      tsconfig: path.join(root, "tsconfig.json"),
      transform: false,
      skipDynamicImports: false,
      exclude: /node_modules/,
    },
  );

  const files = new Map<string, Set<string>>();
  const folders = new Map<string, Set<string>>();
  const examples = new Map<string, string>();
  for (const [file, dependencies] of Object.entries(tree)) {
    files.set(file, files.get(file) ?? new Set());
    for (const dependency of dependencies ?? []) {
      if (!dependency.id || dependency.id.includes("node_modules")) continue;
      addEdge(files, file, dependency.id);
      const from = featureOf(file);
      const to = featureOf(dependency.id);
      if (from && to && from !== to) {
        addEdge(folders, from, to);
        if (!examples.has(`${from}>${to}`))
          examples.set(`${from}>${to}`, `${file} -> ${dependency.id}`);
      }
    }
  }

  const problems: string[] = [];
  for (const cycle of cyclesOf(files)) {
    if (ALLOWED_FILE_CYCLES.some((allowed) => sameSet(allowed, cycle))) continue;
    problems.push(`file cycle:\n  ${cycle.join("\n  ")}`);
  }
  for (const cycle of cyclesOf(folders)) {
    const edges = [...examples]
      .filter(([key]) => cycle.includes(key.split(">")[0]!) && cycle.includes(key.split(">")[1]!))
      .map(([, example]) => example);
    problems.push(`service folder cycle: ${cycle.join(" <-> ")}\n  ${edges.join("\n  ")}`);
  }

  if (problems.length > 0) {
    console.error(`Import cycles (${problems.length}):\n${problems.join("\n")}`);
    return 1;
  }
  console.log(`No import cycles (${files.size} files).`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
