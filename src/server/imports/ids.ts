import "server-only";
import { randomBytes } from "node:crypto";

let counter = 0;

/**
 * A new row id in the shape of Prisma's cuid() (25 characters: "c", time, counter,
 * randomness), for rows inserted in bulk by SQL, where Prisma does not fill in defaults.
 */
export function newId(): string {
  counter = (counter + 1) % 36 ** 4;
  const time = Date.now().toString(36).padStart(8, "0").slice(-8);
  const count = counter.toString(36).padStart(4, "0");
  const bytes = randomBytes(12);
  let random = "";
  for (const byte of bytes) random += (byte % 36).toString(36);
  return `c${time}${count}${random}`;
}
