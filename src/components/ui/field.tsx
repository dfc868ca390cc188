import { useId } from "react";

/** A text field's or select's look (`.control` in globals.css). */
const control = "control";

interface FieldProps {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
  children?: (props: { id: string; name: string; "aria-invalid": boolean; "aria-describedby"?: string; className: string }) => React.ReactNode;
}

/** A labelled control with its hint and field errors wired through aria-describedby. */
export function Field({ label, name, errors, hint, children }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [errors?.length ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  const props = { id, name, "aria-invalid": Boolean(errors?.length), "aria-describedby": describedBy, className: control };
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children ? children(props) : <input {...props} />}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={errorId} className="text-sm text-rose-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export const selectClass = control;
