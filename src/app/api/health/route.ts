import { NextResponse } from "next/server";
import { databaseIsReachable } from "@/server/health";

// For load balancers and the test harness: 200 when the database answers.
export async function GET() {
  const ok = await databaseIsReachable();
  return NextResponse.json({ status: ok ? "ok" : "database unreachable" }, { status: ok ? 200 : 503 });
}
