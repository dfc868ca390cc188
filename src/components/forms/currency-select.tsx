type ControlProps = { id: string; name: string; "aria-invalid": boolean; "aria-describedby"?: string; className: string };

/**
 * An ISO 4217 currency menu for use inside <Field>. Pass the list from the server
 * (CURRENCIES in src/lib/form-fields.ts) so the server and the browser render the same options.
 */
export function CurrencySelect({ value, currencies, ...props }: ControlProps & { value: string; currencies: readonly string[] }) {
  const list = currencies.includes(value) ? currencies : [value, ...currencies];
  return (
    <select {...props} defaultValue={value}>
      {list.map((c) => (
        <option key={c} value={c}>{c || "—"}</option>
      ))}
    </select>
  );
}
