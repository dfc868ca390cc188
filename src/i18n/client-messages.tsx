import { getMessages } from "next-intl/server";
import { pickMessages, type ClientMessagePick } from "./client-namespaces";
import { MoreMessages } from "./more-messages";

/**
 * Sends the browser the message namespaces the client components inside it read, and only
 * those: a page or layout wraps what it renders, naming them (ARCHITECTURE.md, "Pages":
 * how a page declares its client namespaces; client-namespaces.test.ts fails on one missing
 * or sent twice).
 *
 *   <ClientMessages namespaces={["attendance", "enums"]}>…</ClientMessages>
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly ClientMessagePick[]; children: React.ReactNode }) {
  const messages = await getMessages();
  return <MoreMessages messages={pickMessages(messages, namespaces)}>{children}</MoreMessages>;
}

/**
 * A page (or a server component standing for one) with the namespaces its client components
 * read, declared where it is exported:
 *
 *   async function ParticipantsPage(props: Props) { … }
 *   export default withClientMessages(["attendance", "enums"], ParticipantsPage);
 *
 * A namespace can be narrowed to the keys read ("enums.sex", "enums.attendance"), for a
 * large one of which a page needs little.
 */
export function withClientMessages<P extends object>(namespaces: readonly ClientMessagePick[], Component: (props: P) => React.ReactNode | Promise<React.ReactNode>) {
  function WithClientMessages(props: P) {
    return (
      <ClientMessages namespaces={namespaces}>
        <Component {...props} />
      </ClientMessages>
    );
  }
  return WithClientMessages;
}
