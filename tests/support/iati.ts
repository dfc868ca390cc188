/**
 * The IATI 2.03 schema and codelists for tests: tests/fixtures/iati-2.03, a copy of IATI's
 * published files kept with the project so the tests need nothing beside it (or
 * IATI_SCHEMA_DIR), a codelist loader, and validation of a document with xmllint.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { create } from "xmlbuilder2";

const projectRoot = path.resolve(import.meta.dirname, "../..");

/** The folder with iati-activities-schema.xsd, iati-common.xsd, xml.xsd and codelists/; fails clearly when missing. */
export function iatiSchemaDir(): string {
  const dir = process.env.IATI_SCHEMA_DIR ? path.resolve(process.env.IATI_SCHEMA_DIR) : path.resolve(projectRoot, "tests/fixtures/iati-2.03");
  const xsd = path.join(dir, "iati-activities-schema.xsd");
  if (!existsSync(xsd) || !existsSync(path.join(dir, "codelists"))) {
    throw new Error(
      `The IATI 2.03 schema is missing: expected ${xsd} and ${path.join(dir, "codelists")}/. ` +
        "Restore tests/fixtures/iati-2.03, or point IATI_SCHEMA_DIR at a folder holding them.",
    );
  }
  return dir;
}

export interface CodelistItem {
  code: string;
  name: string;
  withdrawn: boolean;
}

const codelists = new Map<string, Map<string, CodelistItem>>();

/** The items of codelists/<name>.xml, by code. */
export function loadCodelist(name: string): Map<string, CodelistItem> {
  const cached = codelists.get(name);
  if (cached) return cached;
  const file = path.join(iatiSchemaDir(), "codelists", `${name}.xml`);
  if (!existsSync(file)) throw new Error(`No IATI codelist ${name}: ${file} is missing.`);
  const items = new Map<string, CodelistItem>();
  const doc = create(readFileSync(file, "utf8"));
  for (const item of doc.root().filter((n) => n.node.nodeName === "codelist-item", false, true)) {
    const child = (tag: string) => item.find((n) => n.node.nodeName === tag, false, false);
    const code = child("code")?.node.textContent?.trim();
    if (!code) continue;
    const name = child("name")?.find((n) => n.node.nodeName === "narrative")?.node.textContent?.trim() ?? "";
    const status = (item.node as unknown as Element).getAttribute("status");
    items.set(code, { code, name, withdrawn: status === "withdrawn" });
  }
  codelists.set(name, items);
  return items;
}

/** Fails clearly when xmllint is not installed. */
export function assertXmllint(): void {
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new Error("xmllint is not installed: the IATI export is validated with it (Debian: apt-get install libxml2-utils).");
  }
}

/** Validates an XML document against iati-activities-schema.xsd with xmllint; returns xmllint's messages when it fails. */
export function validateIatiActivities(xml: string): { valid: boolean; messages: string } {
  assertXmllint();
  const xsd = path.join(iatiSchemaDir(), "iati-activities-schema.xsd");
  const dir = mkdtempSync(path.join(tmpdir(), "iati-"));
  const file = path.join(dir, "activities.xml");
  try {
    writeFileSync(file, xml, "utf8");
    const run = spawnSync("xmllint", ["--noout", "--schema", xsd, file], { encoding: "utf8" });
    return { valid: run.status === 0, messages: `${run.stdout}${run.stderr}`.trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
