import Link from "@/components/ui/link";

/** Each variant's colours (`.btn-<variant>` in globals.css). */
const variants = { primary: "btn-primary", secondary: "btn-secondary", danger: "btn-danger" } as const;

type Variant = keyof typeof variants;
const classes = (variant: Variant, className: string) => (className ? `btn ${variants[variant]} ${className}` : `btn ${variants[variant]}`);

export function Button({ variant = "primary", className = "", ...props }: React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button className={classes(variant, className)} {...props} />;
}

export function ButtonLink({ variant = "primary", className = "", ...props }: React.ComponentProps<typeof Link> & { variant?: Variant }) {
  return <Link className={classes(variant, className)} {...props} />;
}
