"use client";

import { useId, useRef } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * A submit button that asks first, in a native <dialog> (keyboard and screen-reader
 * friendly). Put it inside the form whose action is the destructive one.
 */
export function ConfirmButton({
  children,
  title,
  body,
  confirmLabel,
  cancelLabel,
  variant = "danger",
  disabled,
  name,
  value,
  beforeOpen,
  onConfirm,
}: {
  children: React.ReactNode;
  title: string;
  body?: React.ReactNode;
  confirmLabel?: string;
  /** The dismiss button's text, when "Cancel" would read as the action itself ("Cancel activity"). */
  cancelLabel?: string;
  variant?: "danger" | "primary" | "secondary";
  disabled?: boolean;
  /** Sent with the form when confirmed, to tell apart several buttons of one form. */
  name?: string;
  value?: string;
  /**
   * Checks the form before asking (with the form's shared schema): false leaves the dialog
   * closed, so nobody confirms something that would then be refused for a missing field.
   */
  beforeOpen?: (form: HTMLFormElement | null) => boolean;
  /**
   * Done on confirmation instead of submitting the enclosing form: for an action inside a
   * form that is not that form's own (removing a file inside the report form).
   */
  onConfirm?: () => void;
}) {
  const t = useTranslations("common");
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const submit = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button
        type="button"
        variant={variant}
        disabled={disabled}
        onClick={(event) => {
          if (beforeOpen && !beforeOpen(event.currentTarget.form)) return;
          dialog.current?.showModal();
        }}
      >
        {children}
      </Button>
      {onConfirm ? null : <button ref={submit} type="submit" name={name} value={value} hidden />}
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto max-w-md rounded-lg p-6 shadow-xl backdrop:bg-slate-900/40">
        <h2 id={titleId} className="text-lg font-semibold">{title}</h2>
        {body ? <div className="mt-2 text-sm text-slate-700">{body}</div> : null}
        <div className="mt-6 flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
            {cancelLabel ?? t("cancel")}
          </Button>
          <Button
            type="button"
            variant={variant}
            onClick={() => {
              dialog.current?.close();
              if (onConfirm) onConfirm();
              else submit.current?.click();
            }}
          >
            {confirmLabel ?? t("confirm")}
          </Button>
        </div>
      </dialog>
    </>
  );
}
