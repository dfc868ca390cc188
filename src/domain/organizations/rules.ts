import type { MembershipCategory, OrganizationKind } from "@/generated/prisma/enums";
import type { FieldErrors } from "@/domain/errors";

/** Field errors keyed by field name (defined in src/domain/errors.ts; kept here for earlier importers). */
export type { FieldErrors };

export interface OrganizationRuleInput {
  kind: OrganizationKind;
  countryCode: string | null;
  membershipCategory: MembershipCategory | null;
  website: string | null;
}

/** True for an absolute http:// or https:// address with a host. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0 && !/\s/.test(value);
  } catch {
    return false;
  }
}

/**
 * Rules an organisation must follow whatever form it comes from: an NSB has a country and
 * an ISO membership category, no other kind has a category, a website is an http(s) URL.
 */
export function organizationRuleErrors(input: OrganizationRuleInput): FieldErrors {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  if (input.kind === "NSB") {
    if (!input.membershipCategory) add("membershipCategory", "Choose the NSB's ISO membership category.");
    if (!input.countryCode) add("countryCode", "Choose the country of the NSB.");
  } else if (input.membershipCategory) {
    add("membershipCategory", "Only a national standards body has an ISO membership category; leave it empty.");
  }
  if (input.website && !isHttpUrl(input.website)) add("website", "Enter a web address starting with http:// or https://.");
  return errors;
}
