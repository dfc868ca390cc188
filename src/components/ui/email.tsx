/**
 * An email address that wraps, when it must, before the "@": the name on one line and the
 * domain on the next, never "agus.kusuma.4" / "3@example.test". A single part too long for
 * its column still breaks (overflow-wrap) rather than spilling out.
 */
export function EmailAddress({ address }: { address: string }) {
  const at = address.lastIndexOf("@");
  if (at <= 0) return <span className="[overflow-wrap:break-word]">{address}</span>;
  return (
    <span className="[overflow-wrap:break-word]">
      {address.slice(0, at)}
      <wbr />
      {address.slice(at)}
    </span>
  );
}
