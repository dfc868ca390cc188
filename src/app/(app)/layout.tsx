import { requireActor } from "@/server/auth";
import { organizationLabel } from "@/server/organizations";
import { AppHeader } from "@/components/shell/app-header";
import { AppNav } from "@/components/shell/app-nav";
import { ClientMessages } from "@/i18n/client-messages";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const organization = await organizationLabel(actor);
  return (
    <>
      <AppHeader actor={actor} organization={organization} />
      <div className="lg:flex">
        <AppNav actor={actor} />
        <main id="main" className="mx-auto min-w-0 max-w-7xl flex-1 px-4 py-8 lg:px-8">
          {/* "errors": the error boundary (error.tsx) around every page of the app. */}
          <ClientMessages namespaces={["errors"]}>{children}</ClientMessages>
        </main>
      </div>
    </>
  );
}
