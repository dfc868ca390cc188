/** Emails are compared and stored lower-cased, without surrounding spaces. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/**
 * A person's name as compared for duplicates: accents removed, lower-cased, single
 * spaces ("  Nguyễn  Văn An " and "nguyen van an" are the same person).
 */
export function normalizePersonName(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "d").toLowerCase().replace(/\s+/g, " ").trim();
}
