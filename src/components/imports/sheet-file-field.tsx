import { useId } from "react";

interface Props {
  label: string;
  hint: string;
  /** The file types offered by the browser's picker. */
  accept: string;
  onChange: (event: React.ChangeEvent<HTMLInputElement>) => void;
  /** A problem with the chosen file, said under the field. */
  error?: string | null;
  inputRef?: React.Ref<HTMLInputElement>;
  name?: string;
  /** Shown under the hint (the chosen file's name). */
  children?: React.ReactNode;
}

/** The file field of an import page: a native file input (keyboard friendly) with its hint and error. */
export function SheetFileField({ label, hint, accept, onChange, error, inputRef, name, children }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      <input
        ref={inputRef}
        id={id}
        name={name}
        type="file"
        accept={accept}
        onChange={onChange}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(" ")}
        className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-sm file:font-medium file:text-brand-700"
      />
      <p id={hintId} className="text-xs text-slate-500">{hint}</p>
      {children}
      {error ? <p id={errorId} className="text-sm text-rose-700">{error}</p> : null}
    </div>
  );
}
