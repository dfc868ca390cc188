import { selectClass } from "./field";

/** A labelled select for a GET filter form; the empty option means "all" (or, `required`, "choose one"). */
export function FilterSelect({ name, label, value, options, all, className = "", required = false }: { name: string; label: string; value?: string; options: { value: string; label: string }[]; all: string; className?: string; required?: boolean }) {
  return (
    <label className={className}>
      <span className="mb-1 block text-xs font-medium text-slate-600">{label}</span>
      <select name={name} defaultValue={value ?? ""} className={selectClass} required={required}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </label>
  );
}
