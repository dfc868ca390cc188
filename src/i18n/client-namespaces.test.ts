import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES } from "./client-namespaces";

const src = path.resolve(import.meta.dirname, "..");

function clientFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === "generated" ? [] : clientFiles(file);
    return /\.tsx?$/.test(name) && /^["']use client["']/m.test(readFileSync(file, "utf8")) ? [file] : [];
  });
}

/** Top-level namespaces a client file reads: useTranslations("ns…"), or t("ns.…") after a bare useTranslations(). */
function namespacesOf(source: string): string[] {
  const scoped = [...source.matchAll(/useTranslations\(\s*["'`]([\w-]+)/g)].map((m) => m[1]!);
  const bare = /useTranslations\(\s*\)/.test(source) ? [...source.matchAll(/\bt\(\s*["'`]([\w-]+)\./g)].map((m) => m[1]!) : [];
  return [...scoped, ...bare];
}

describe("client message namespaces", () => {
  it("include every namespace a client component reads", () => {
    const files = clientFiles(src);
    expect(files.length).toBeGreaterThan(20);
    const missing = files.flatMap((file) =>
      namespacesOf(readFileSync(file, "utf8"))
        .filter((ns) => !(CLIENT_NAMESPACES as readonly string[]).includes(ns))
        .map((ns) => `${path.relative(src, file)}: ${ns}`),
    );
    expect(missing).toEqual([]);
  });
});
