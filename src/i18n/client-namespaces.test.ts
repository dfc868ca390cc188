import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, pickMessages } from "./client-namespaces";

// Each page sends the browser only the message namespaces its client components read,
// named where the page is exported (withClientMessages([…], Page)), by <ClientMessages
// namespaces={[…]}> in a layout above it, or by either in a server component on the way
// (client-messages.tsx). This test follows the imports from every
// page, layout and error/not-found file: every client component reached must find each
// namespace it reads declared above it, and a page or layout must not send again what a
// layout above it already sends.

const src = path.resolve(import.meta.dirname, "..");
const app = path.join(src, "app");
const ENTRY = /^(page|layout|error|not-found|global-error|loading|template|default)\.tsx$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === "generated" ? [] : walk(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

const sources = new Map<string, string>();
const read = (file: string) => sources.get(file) ?? sources.set(file, readFileSync(file, "utf8")).get(file)!;
const isClient = (file: string) => /^["']use client["']/m.test(read(file));

/** Top-level namespaces a file reads: useTranslations("ns…"), or t("ns.…") after a bare useTranslations(). */
function namespacesOf(file: string): string[] {
  const source = read(file);
  const scoped = [...source.matchAll(/useTranslations\(\s*["'`]([\w-]+)/g)].map((m) => m[1]!);
  const bare = /useTranslations\(\s*\)/.test(source) ? [...source.matchAll(/\bt\(\s*["'`]([\w-]+)\./g)].map((m) => m[1]!) : [];
  const problems = /useProblemTranslator\(/.test(source) ? ["validation"] : [];
  return [...scoped, ...bare, ...problems];
}

/** Namespaces a file sends with <ClientMessages namespaces={[…]}> or withClientMessages([…], …) ("enums.sex" counts as "enums"). */
function declaredIn(file: string): string[] {
  const lists = [...read(file).matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}|withClientMessages\(\s*\[([^\]]*)\]/g)];
  return [...new Set(lists.flatMap((m) => [...(m[1] ?? m[2])!.matchAll(/["']([\w-]+)(?:\.[\w-]+)?["']/g)].map((n) => n[1]!)))];
}

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(src, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base || base.startsWith(path.join(src, "generated"))) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The project files a file imports (type-only imports left out). */
function importsOf(file: string): string[] {
  const specs = [...read(file).matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm)];
  return specs.map((m) => resolve(file, (m[1] ?? m[2])!)).filter((f): f is string => f !== null && /\.tsx?$/.test(f));
}

/** Every namespace read by a client file and what it imports. */
const clientNeeds = new Map<string, Set<string>>();
function clientTree(file: string, seen = new Set<string>()): Set<string> {
  const known = clientNeeds.get(file);
  if (known) return known;
  const needs = new Set(namespacesOf(file));
  seen.add(file);
  for (const next of importsOf(file)) if (!seen.has(next)) for (const ns of clientTree(next, seen)) needs.add(ns);
  clientNeeds.set(file, needs);
  return needs;
}

/** Client components reached from a server file, each with the namespaces declared above it but not sent. */
function missing(file: string, covered: Set<string>, seen: Set<string>, out: string[]) {
  seen.add(file);
  const here = new Set([...covered, ...declaredIn(file)]);
  for (const next of importsOf(file)) {
    if (isClient(next)) {
      for (const ns of clientTree(next)) if (!here.has(ns)) out.push(`${path.relative(src, next)} (from ${path.relative(src, file)}): ${ns}`);
    } else if (!seen.has(next)) missing(next, here, seen, out);
  }
}

/** Namespaces sent by the layouts around an entry file (its own folder's layout counts for a page, not for that layout). */
function layoutsAbove(entry: string): Set<string> {
  const out = new Set<string>();
  for (let dir = path.dirname(entry); dir.startsWith(app); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (layout !== entry && existsSync(layout)) declaredIn(layout).forEach((ns) => out.add(ns));
  }
  return out;
}

const entries = walk(app).filter((file) => ENTRY.test(path.basename(file)));

describe("client message namespaces", () => {
  it("list every namespace a client component reads", () => {
    const files = walk(src).filter(isClient);
    expect(files.length).toBeGreaterThan(20);
    const unknown = files.flatMap((file) => namespacesOf(file).filter((ns) => !(CLIENT_NAMESPACES as readonly string[]).includes(ns)).map((ns) => `${path.relative(src, file)}: ${ns}`));
    expect(unknown).toEqual([]);
  });

  it("are each sent by the page (or a layout above it) of every client component that reads them", () => {
    expect(entries.length).toBeGreaterThan(40);
    const out: string[] = [];
    for (const entry of entries) {
      if (isClient(entry)) {
        for (const ns of clientTree(entry)) if (!layoutsAbove(entry).has(ns)) out.push(`${path.relative(src, entry)}: ${ns}`);
      } else missing(entry, layoutsAbove(entry), new Set(), out);
    }
    expect([...new Set(out)]).toEqual([]);
  });

  it("are sent once: a page or layout does not send again what a layout above it sends", () => {
    const twice = entries.flatMap((entry) => {
      const above = layoutsAbove(entry);
      return declaredIn(entry).filter((ns) => above.has(ns)).map((ns) => `${path.relative(src, entry)}: ${ns}`);
    });
    expect(twice).toEqual([]);
  });

  it("send a whole namespace, or only the keys of one picked as namespace.key", () => {
    const catalog = { enums: { sex: { FEMALE: "Female" }, ageBand: { UNDISCLOSED: "—" }, modality: { ONLINE: "Online" } }, common: { yes: "Yes" } };
    expect(pickMessages(catalog, ["common", "enums.sex", "enums.ageBand", "enums.missing"])).toEqual({ common: { yes: "Yes" }, enums: { sex: { FEMALE: "Female" }, ageBand: { UNDISCLOSED: "—" } } });
  });

  it("is found by this test where a page declares it", () => {
    expect(declaredIn(path.join(app, "(app)/activities/[id]/participants/page.tsx"))).toContain("attendance");
  });
});
