"use client";

import { useActionState, useEffect, useId } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormMessage } from "@/components/forms/form-message";
import { initialFormState, type FormState } from "@/lib/form-state";
import { archiveAreaAction, archivePlanAction, moveAreaAction, restoreAreaAction, restorePlanAction } from "./actions";

/** Archive or restore a whole plan (archive asks first). */
export function PlanArchiveControl({ plan }: { plan: { id: string; title: string; version: number; archived: boolean } }) {
  const t = useTranslations("framework");
  const [state, action] = useActionState(plan.archived ? restorePlanAction : archivePlanAction, initialFormState);
  return (
    <form action={action} className="flex flex-col items-end gap-2">
      <input type="hidden" name="id" value={plan.id} />
      <input type="hidden" name="version" value={plan.version} />
      {plan.archived ? (
        <Button type="submit" variant="secondary">{t("restorePlan")}</Button>
      ) : (
        <ConfirmButton variant="danger" title={t("archivePlanTitle", { title: plan.title })} body={t("archivePlanBody")} confirmLabel={t("archivePlan")}>
          {t("archivePlan")}
        </ConfirmButton>
      )}
      <FormMessage state={state} />
    </form>
  );
}

interface AreaControlNode {
  id: string;
  code: string;
  version: number;
  archived: boolean;
  isFirst: boolean;
  isLast: boolean;
}

/**
 * A result area's Up / Down / Archive or Restore buttons. One shared state, so the row
 * shows the latest outcome (e.g. "archive refused: it still has outputs").
 */
export function AreaControls({ node, showArchived }: { node: AreaControlNode; showArchived: boolean }) {
  const t = useTranslations("framework");
  const [state, dispatch] = useActionState(async (previous: FormState, formData: FormData) => {
    switch (formData.get("intent")) {
      case "archive":
        return archiveAreaAction(previous, formData);
      case "restore":
        return restoreAreaAction(previous, formData);
      default:
        return moveAreaAction(previous, formData);
    }
  }, initialFormState);
  const moves = useMoveFocus(node);
  const hidden = (
    <>
      <input type="hidden" name="id" value={node.id} />
      <input type="hidden" name="version" value={node.version} />
      {showArchived ? <input type="hidden" name="showArchived" value="1" /> : null}
    </>
  );
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <div className="flex flex-wrap items-center gap-1">
        {node.archived ? null : (
          <>
            <form action={dispatch}>
              {hidden}
              <input type="hidden" name="intent" value="move" />
              <input type="hidden" name="direction" value="up" />
              <Button id={moves.upId} onClick={() => moves.pressed("up")} type="submit" variant="secondary" className="px-2 py-1" disabled={node.isFirst} aria-label={t("moveUp", { code: node.code })} title={t("moveUp", { code: node.code })}>
                <span aria-hidden="true">↑</span>
              </Button>
            </form>
            <form action={dispatch}>
              {hidden}
              <input type="hidden" name="intent" value="move" />
              <input type="hidden" name="direction" value="down" />
              <Button id={moves.downId} onClick={() => moves.pressed("down")} type="submit" variant="secondary" className="px-2 py-1" disabled={node.isLast} aria-label={t("moveDown", { code: node.code })} title={t("moveDown", { code: node.code })}>
                <span aria-hidden="true">↓</span>
              </Button>
            </form>
          </>
        )}
        <form action={dispatch}>
          {hidden}
          {node.archived ? (
            <>
              <input type="hidden" name="intent" value="restore" />
              <Button type="submit" variant="secondary" className="px-2 py-1">
                {t("restore")}
                <span className="sr-only"> {node.code}</span>
              </Button>
            </>
          ) : (
            <>
              <input type="hidden" name="intent" value="archive" />
              <ConfirmButton variant="secondary" title={t("archiveAreaTitle", { code: node.code })} body={t("archiveAreaBody")} confirmLabel={t("archive")}>
                {t("archive")}
                <span className="sr-only"> {node.code}</span>
              </ConfirmButton>
            </>
          )}
        </form>
      </div>
      {state.status !== "idle" && state.message ? (
        <div className="max-w-md text-left">
          <FormMessage state={state} />
        </div>
      ) : null}
    </div>
  );
}

/** The last Up / Down pressed on the page: only that result may take the focus back. */
let lastMove: { id: string; direction: "up" | "down" } | null = null;

/**
 * Keeps the keyboard on a result moved with Up / Down: once it reaches the top (or bottom)
 * the button just pressed is disabled, and focus, which would fall back to the page, goes
 * to the other one.
 */
function useMoveFocus(node: { id: string; isFirst: boolean; isLast: boolean }) {
  const upId = useId();
  const downId = useId();
  useEffect(() => {
    if (lastMove?.id !== node.id) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    const other = lastMove.direction === "up" ? (node.isFirst ? downId : null) : node.isLast ? upId : null;
    if (!other) return;
    lastMove = null;
    document.getElementById(other)?.focus();
  }, [node.id, node.isFirst, node.isLast, upId, downId]);
  return { upId, downId, pressed: (direction: "up" | "down") => void (lastMove = { id: node.id, direction }) };
}
