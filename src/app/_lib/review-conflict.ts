import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ConflictError } from "@/domain/errors";

/**
 * A review (approve / return, validate / return) refused with a `ConflictError` because
 * someone else changed the record since the page was read: the page is read again, so it
 * never keeps offering a review of a record already reviewed. No longer awaiting review, the
 * page opens with `?saved=reviewedMeanwhile` (a warning that this review was not saved);
 * still awaiting it (returned and resubmitted meanwhile), the conflict is answered and the
 * form keeps the comment as typed.
 */
export function reloadIfReviewedMeanwhile<T>(review: Promise<T>, path: string, stillAwaitingReview: () => Promise<boolean>): Promise<T> {
  return review.catch(async (error: unknown) => {
    if (!(error instanceof ConflictError)) throw error;
    revalidatePath(path);
    if (!(await stillAwaitingReview())) redirect(`${path}?saved=reviewedMeanwhile`);
    throw error;
  });
}
