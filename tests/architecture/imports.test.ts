/**
 * The import graph that really exists: no cycles between modules (type-only imports count too),
 * the pure core never imports what sits around it, and docs/architecture.md draws the folder
 * graph exactly as the sources have it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cycles, folderLines, importGraph } from '../../scripts/import-graph.ts';

const graph = importGraph('src');
const AROUND = new Set(['ui', 'store', 'storage', 'app', 'cli']);

describe('the import graph of src/', () => {
  it('has no cycles, not even through types', () => {
    expect(cycles(graph.modules)).toEqual([]);
  });

  it('keeps the pure core pure: no core folder imports the UI, the store, storage, app wiring or the CLI', () => {
    for (const [folder, targets] of graph.folders) {
      if (AROUND.has(folder)) continue;
      expect(
        [...targets].filter((t) => AROUND.has(t)),
        `${folder} imports`,
      ).toEqual([]);
    }
  });

  it('is drawn in docs/architecture.md as it is', () => {
    const doc = readFileSync('docs/architecture.md', 'utf8');
    const block = /<!-- import-graph -->\n```\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(
      block,
      'docs/architecture.md needs the block after <!-- import-graph --> (npx tsx scripts/import-graph.ts prints it)',
    ).toBeDefined();
    expect(block!.split('\n')).toEqual(folderLines(graph.folders));
  });
});
