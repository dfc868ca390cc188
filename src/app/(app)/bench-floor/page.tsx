import { notFound } from "next/navigation";

/**
 * The floor of the pages benchmark (bench/pages.ts): nothing of its own, so what it costs is
 * what every signed-in page pays before its content: the proxy and its CSP nonce, the root
 * layout and its providers, the session, the header and the navigation. Not found unless the
 * server was started with BENCH_FLOOR=1.
 */
export default function BenchFloor() {
  if (process.env.BENCH_FLOOR !== "1") notFound();
  return <div data-testid="bench-floor" />;
}
