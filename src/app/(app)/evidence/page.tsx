import { redirect } from "next/navigation";

/** The evidence registers start with national adoptions. */
export default function EvidencePage() {
  redirect("/evidence/adoptions");
}
