import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { isRole, type Role } from "@/lib/auth/roles";
import { serverConfig, type ServerConfig } from "@/lib/server/config";
import { log } from "@/lib/server/log";
import { authorizeCredentials } from "./credentials";
import { isSessionRevoked, revokeSession } from "./session-revocation";
import { SESSION_MAX_AGE_S } from "./session-token";
import { demoUsersEnabled } from "./users";

/** OAuth accounts get the role their email maps to in AUTH_ROLE_MAP, or none (no access). */
function roleForEmail(config: ServerConfig, email: string | null | undefined): Role | undefined {
  return email ? config.auth.roleMap[email.trim().toLowerCase()] : undefined;
}

export function buildAuthOptions(config: ServerConfig): NextAuthOptions {
  demoUsersEnabled(); // warns at start-up when demo users are on against the live API
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      authorize: authorizeCredentials,
    }),
  ];
  if (config.auth.github) providers.push(GitHubProvider(config.auth.github));
  if (config.auth.google) providers.push(GoogleProvider(config.auth.google));

  return {
    secret: config.auth.secret,
    // Stateless sessions: any app instance behind a load balancer can read them.
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    useSecureCookies: config.auth.url.startsWith("https://"),
    pages: { signIn: "/login", error: "/login" },
    providers,
    callbacks: {
      signIn({ user, account }) {
        if (account?.provider === "credentials") return true;
        const role = roleForEmail(config, user.email);
        log(role ? "info" : "warn", "auth.sign_in", {
          user: user.email ?? null,
          role: role ?? null,
          outcome: role ? "ok" : "no_role",
          provider: account?.provider,
        });
        return role !== undefined;
      },
      async jwt({ token, user, account }) {
        if (user) {
          token.role =
            account?.provider === "credentials" ? user.role : roleForEmail(config, user.email);
          token.email = user.email?.toLowerCase() ?? null;
          token.name = user.name ?? user.email ?? null;
          token.sid = randomUUID();
          return token;
        }
        // next-auth re-issues the cookie when the session is read; a signed-out one must not be.
        // Throwing makes next-auth clear the cookie instead.
        if (await isSessionRevoked(token)) throw new Error("SessionRevoked");
        return token;
      },
      session({ session, token }) {
        session.user = {
          email: token.email ?? "",
          name: token.name ?? token.email ?? "",
          role: isRole(token.role) ? token.role : undefined,
        };
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        // With JWT sessions next-auth passes the decoded cookie (null when it was not valid).
        const decoded = token as JWT | null;
        if (!decoded) return;
        await revokeSession(decoded);
        log("info", "auth.sign_out", { user: decoded.email ?? null });
      },
    },
    logger: {
      error: (code, metadata) =>
        log("error", "auth.error", {
          code,
          detail: metadata instanceof Error ? metadata.message : undefined,
        }),
      warn: (code) => log("warn", "auth.warning", { code }),
      debug: () => undefined,
    },
  };
}

export const authOptions: NextAuthOptions = buildAuthOptions(serverConfig());
