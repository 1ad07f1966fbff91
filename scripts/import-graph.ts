/**
 * The import graph of src/, read from the sources: every static import (type-only ones too)
 * between modules, and the folder-level graph docs/architecture.md draws. `npx tsx
 * scripts/import-graph.ts` prints the folder graph as it belongs in that document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface ImportGraph {
  /** Module (path under src/, e.g. `tasks/work.ts`) → the modules it imports statically. */
  modules: Map<string, Set<string>>;
  /** Top folder (`tasks`) → the top folders its modules import. */
  folders: Map<string, Set<string>>;
}

const STATIC = /^\s*(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"](\.{1,2}\/[^'"]+)['"]/gm;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

export function importGraph(root = 'src'): ImportGraph {
  const base = resolve(root);
  const modules = new Map<string, Set<string>>();
  const folders = new Map<string, Set<string>>();
  const folderOf = (m: string) => (m.includes('/') ? m.slice(0, m.indexOf('/')) : '(root)');
  for (const file of sources(base)) {
    const from = relative(base, file);
    const targets = new Set<string>();
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC)) {
      const to = relative(base, resolve(dirname(file), match[1]!));
      if (to.startsWith('..')) continue;
      targets.add(to);
    }
    modules.set(from, targets);
    const own = folderOf(from);
    const set = folders.get(own) ?? new Set<string>();
    for (const to of targets) if (folderOf(to) !== own) set.add(folderOf(to));
    folders.set(own, set);
  }
  return { modules, folders };
}

/** Every cycle among modules (strongly connected components larger than one module, or a self-import). */
export function cycles(modules: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of modules.get(v) ?? []) {
      if (!modules.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || modules.get(v)?.has(v)) out.push(component.sort());
    }
  };
  for (const v of modules.keys()) if (!idx.has(v)) visit(v);
  return out;
}

/** The folder graph as lines, `tasks → chart, packs`, sorted. */
export function folderLines(folders: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  return [...folders.entries()]
    .filter(([folder]) => folder !== '(root)')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([folder, to]) => `${folder.padEnd(8)} → ${to.size ? [...to].sort().join(', ') : '(nothing)'}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of folderLines(importGraph().folders)) console.log(line);
}
