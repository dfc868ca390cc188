import "server-only";
import { notFound } from "next/navigation";
import { ForbiddenError, NotFoundError } from "@/domain/errors";

/**
 * The administration pages answer "not found" both for an unknown user and for a caller who
 * may not manage users: a non-administrator learns nothing about the area.
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) notFound();
    throw error;
  }
}
