/**
 * A plan's results tree as the flat, depth-first list a page renders (indentation by
 * depth). Pure, so it is unit-tested and shared by the server and the pages.
 */

export interface TreeInput {
  id: string;
  parentId: string | null;
  sortOrder: number;
  code: string;
}

export type TreeNode<T extends TreeInput> = T & {
  depth: number;
  /** First / last among its siblings in this list (Up / Down are disabled there). */
  isFirst: boolean;
  isLast: boolean;
  childCount: number;
};

const bySortOrder = (a: TreeInput, b: TreeInput) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code) || a.id.localeCompare(b.id);

/**
 * Orders `areas` depth-first, siblings by sortOrder. A node whose parent is not in the list
 * (e.g. an archived parent left out) is shown at the top level rather than lost.
 */
export function flattenTree<T extends TreeInput>(areas: readonly T[]): TreeNode<T>[] {
  const ids = new Set(areas.map((a) => a.id));
  const children = new Map<string | null, T[]>();
  for (const area of areas) {
    const key = area.parentId !== null && ids.has(area.parentId) ? area.parentId : null;
    const list = children.get(key) ?? [];
    list.push(area);
    children.set(key, list);
  }
  const out: TreeNode<T>[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    const siblings = [...(children.get(parent) ?? [])].sort(bySortOrder);
    siblings.forEach((area, index) => {
      if (seen.has(area.id)) return; // a cycle in bad data: never loop
      seen.add(area.id);
      out.push({
        ...area,
        depth,
        isFirst: index === 0,
        isLast: index === siblings.length - 1,
        childCount: children.get(area.id)?.length ?? 0,
      });
      visit(area.id, depth + 1);
    });
  };
  visit(null, 0);
  return out;
}

export interface NestedNode<N> {
  node: N;
  children: NestedNode<N>[];
}

/** The depth-first list of flattenTree as nested lists (for <ul> inside <li>). */
export function nestTree<N extends { depth: number }>(flat: readonly N[]): NestedNode<N>[] {
  const roots: NestedNode<N>[] = [];
  const stack: NestedNode<N>[] = [];
  for (const node of flat) {
    const item = { node, children: [] };
    while (stack.length > node.depth) stack.pop();
    (stack.length ? stack[stack.length - 1]!.children : roots).push(item);
    stack.push(item);
  }
  return roots;
}
