import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "@/env";
import { endSessions, verifyCredentials } from "@/server/auth/credentials";
import { clientAddress } from "@/server/auth/client-address";
import { usesSecureCookies } from "@/server/auth/session";

const credentialsSchema = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(200) });

class BlockedSignIn extends CredentialsSignin {
  code = "blocked";
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  trustHost: true,
  secret: env().AUTH_SECRET,
  session: { strategy: "jwt", maxAge: env().SESSION_MAX_AGE_HOURS * 3600 },
  // `Secure` (and __Secure- prefixed) cookies whenever the public address is https; the
  // session cookie is read by session.ts, with the same name.
  useSecureCookies: usesSecureCookies(),
  pages: { signIn: "/sign-in" },
  // Failed sign-ins are expected; the default logger prints a stack trace for each.
  logger: {
    error(error) {
      if (error.name === "CredentialsSignin" || error instanceof CredentialsSignin) return;
      console.error(error);
    },
    warn() {},
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await verifyCredentials(parsed.data.email, parsed.data.password, clientAddress(request.headers));
        if (result.ok) return result.user;
        if (result.reason === "blocked") throw new BlockedSignIn();
        return null;
      },
    }),
  ],
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.uid === "string") await endSessions(token.uid, typeof token.sv === "number" ? token.sv : 0);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        // The user's session version at sign-in: session.ts refuses the cookie once it moves.
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        // Auth.js re-stamps `iat` each time it re-encodes the cookie (GET /api/auth/session
        // does), which would let an old session outlive a password change: keep the sign-in
        // time in a claim of its own for session.ts to compare with passwordChangedAt.
        token.signedInAt = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.uid as string;
      (session as { issuedAt?: number }).issuedAt = (token.signedInAt as number | undefined) ?? token.iat;
      (session as { sessionVersion?: number }).sessionVersion = typeof token.sv === "number" ? token.sv : 0;
      return session;
    },
  },
}));
