/** Finds where a path of the plan data is written in the YAML source. */
import { isMap, isNode, isPair, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import type { Pair } from 'yaml';
import type { PlanPath } from '../core/path-problem.js';

export interface Place {
  line: number;
  column: number;
  /** Length of the span on its line (at least 1). */
  length: number;
}

export interface YamlLocator {
  /** The value at the path, or the nearest enclosing node that exists. */
  locate(path: PlanPath, at?: 'key' | 'value'): Place | null;
}

function pairOf(node: unknown, key: string | number): Pair | undefined {
  if (!isMap(node)) return undefined;
  return node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
}

function child(node: unknown, key: string | number): unknown {
  if (isSeq(node) && typeof key === 'number') return node.items[key];
  return pairOf(node, key)?.value;
}

export function createLocator(doc: Document, counter: LineCounter, text: string): YamlLocator {
  const place = (start: number, end: number): Place => {
    const pos = counter.linePos(start);
    const lineEnd = text.indexOf('\n', start);
    const stop = Math.min(end, lineEnd === -1 ? text.length : lineEnd);
    return { line: pos.line, column: pos.col, length: Math.max(1, stop - start) };
  };
  const rangeOf = (node: unknown): Place | null =>
    isNode(node) && node.range ? place(node.range[0], node.range[1]) : null;

  return {
    locate(path, at = 'value') {
      let node: unknown = doc.contents;
      let found = rangeOf(node);
      for (const [i, key] of path.entries()) {
        const last = i === path.length - 1;
        if (last && at === 'key') return rangeOf(pairOf(node, key)?.key) ?? found;
        const next = child(node, key);
        const here = rangeOf(next) ?? (isPair(next) ? null : rangeOf(pairOf(node, key)?.key));
        if (here === null) return found;
        found = here;
        node = next;
      }
      return found;
    },
  };
}
