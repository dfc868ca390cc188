import { describe, expect, it } from "vitest";
import { flattenTree, nestTree } from "./result-tree";

const area = (id: string, parentId: string | null, sortOrder: number) => ({ id, parentId, sortOrder, code: id.toUpperCase() });

describe("flattenTree", () => {
  it("orders depth-first with siblings by sort order and records depth", () => {
    const tree = flattenTree([area("o2", "g", 5), area("o1.2", "o1", 3), area("g", null, 0), area("o1", "g", 1), area("o1.1", "o1", 2)]);
    expect(tree.map((n) => [n.id, n.depth])).toEqual([
      ["g", 0],
      ["o1", 1],
      ["o1.1", 2],
      ["o1.2", 2],
      ["o2", 1],
    ]);
  });

  it("marks the first and last sibling and counts children", () => {
    const tree = flattenTree([area("g", null, 0), area("a", "g", 1), area("b", "g", 2), area("c", "g", 3)]);
    const node = (id: string) => tree.find((n) => n.id === id)!;
    expect([node("a").isFirst, node("a").isLast, node("b").isFirst, node("b").isLast, node("c").isLast]).toEqual([true, false, false, false, true]);
    expect(node("g").childCount).toBe(3);
    expect(node("g").isFirst && node("g").isLast).toBe(true);
  });

  it("shows a node whose parent is missing at the top level instead of dropping it", () => {
    const tree = flattenTree([area("g", null, 0), area("orphan", "archived-parent", 4)]);
    expect(tree.map((n) => [n.id, n.depth])).toEqual([
      ["g", 0],
      ["orphan", 0],
    ]);
  });

  it("never loops on a cycle", () => {
    expect(flattenTree([area("a", "b", 0), area("b", "a", 1)])).toEqual([]);
  });
});

describe("nestTree", () => {
  it("nests the depth-first list", () => {
    const tree = flattenTree([area("g", null, 0), area("o1", "g", 1), area("o1.1", "o1", 2), area("o2", "g", 3), area("g2", null, 4)]);
    const nested = nestTree(tree);
    const shape = (items: typeof nested): unknown => items.map((i) => [i.node.id, shape(i.children)]);
    expect(shape(nested)).toEqual([
      ["g", [["o1", [["o1.1", []]]], ["o2", []]]],
      ["g2", []],
    ]);
  });
});
