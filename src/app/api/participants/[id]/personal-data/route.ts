import { actorOrThrow } from "@/server/auth";
import { exportParticipantData } from "@/server/participants";
import { download, errorResponse } from "@/lib/route-response";

/** Everything held about one participant, as JSON (staff: a subject access request). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await actorOrThrow();
    const { id } = await params;
    const data = await exportParticipantData(actor, id.slice(0, 40));
    return download(JSON.stringify(data, null, 2), `participant-${data.participant.id}.json`, "application/json; charset=utf-8");
  } catch (error) {
    return errorResponse(error);
  }
}
