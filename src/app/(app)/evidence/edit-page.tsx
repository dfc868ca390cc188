import { notFound } from "next/navigation";
import { requireActor, can, type Actor } from "@/server/auth";
import { NotFoundError } from "@/domain/errors";
import { PageHeader } from "@/components/ui/page-header";
import { HistoryPanel } from "@/components/audit/history-panel";
import { DeleteEvidenceForm } from "./delete-form";

/** The caller (who must be allowed to write evidence) and the record, or a 404. */
export async function loadEvidence<T>(get: (actor: Actor, id: string) => Promise<T>, id: string): Promise<{ actor: Actor; record: T }> {
  const actor = await requireActor();
  if (!can(actor, "evidence.write")) notFound();
  try {
    return { actor, record: await get(actor, id) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** An NSB's menu for an edited record: one archived since keeps its NSB. */
export function nsbsWith<N extends { id: string }>(nsbs: N[], own: N): N[] {
  return nsbs.some((n) => n.id === own.id) ? nsbs : [own, ...nsbs];
}

interface EditPageProps {
  register: "adoptions" | "committees";
  actor: Actor;
  entityType: string;
  record: { id: string; version: number };
  title: string;
  description: string;
  deleteTitle: string;
  deleteBody: string;
  /** The register's form. */
  children: React.ReactNode;
}

/** An evidence record's edit page: the form, a delete button that asks first, and the record's history. */
export function EvidenceEditPage({ register, actor, entityType, record, title, description, deleteTitle, deleteBody, children }: EditPageProps) {
  return (
    <>
      <PageHeader
        title={title}
        description={description}
        actions={<DeleteEvidenceForm register={register} id={record.id} version={record.version} title={deleteTitle} body={deleteBody} />}
      />
      {children}
      <div className="mt-8">
        <HistoryPanel actor={actor} entityType={entityType} entityId={record.id} />
      </div>
    </>
  );
}
