import { requireActor } from "@/server/auth/session";
import { organizationLabel } from "@/server/organizations/queries";
import { AppHeader } from "@/components/shell/app-header";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const organization = await organizationLabel(actor);
  return (
    <>
      <AppHeader actor={actor} organization={organization} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
