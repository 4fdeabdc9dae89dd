import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { z } from "zod";
import { isRole, type Role } from "@/lib/auth/roles";
import { serverConfig, type ServerConfig } from "@/lib/server/config";
import { log } from "@/lib/server/log";
import { stores } from "@/lib/server/stores";
import { emailSchema } from "./users-file";
import { demoUsersEnabled, verifyPassword } from "./users";

export const SESSION_MAX_AGE_S = 8 * 60 * 60;

/** Error codes the login page turns into messages (next-auth passes them as ?error=). */
export const SIGN_IN_ERRORS = {
  wrongPassword: "CredentialsSignin",
  locked: "AccountLocked",
  noAccess: "AccessDenied",
} as const;

const credentialsSchema = z.object({
  email: emailSchema,
  // bcrypt reads 72 bytes; the cap only stops someone making us hash megabytes.
  password: z.string().min(1).max(1024),
});

async function authorizeCredentials(raw: unknown) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const throttle = stores().loginThrottle;
  const lock = await throttle.check(email);
  if (lock.locked) {
    log("warn", "auth.sign_in", { user: email, outcome: "locked" });
    throw new Error(`${SIGN_IN_ERRORS.locked}:${Math.ceil(lock.retryAfterMs / 60_000)}`);
  }
  const user = await verifyPassword(email, password);
  if (!user) {
    const after = await throttle.recordFailure(email);
    log("warn", "auth.sign_in", { user: email, outcome: after.locked ? "locked" : "failed" });
    if (after.locked)
      throw new Error(`${SIGN_IN_ERRORS.locked}:${Math.ceil(after.retryAfterMs / 60_000)}`);
    return null;
  }
  await throttle.reset(email);
  log("info", "auth.sign_in", {
    user: email,
    role: user.role,
    outcome: "ok",
    provider: "credentials",
  });
  return { id: user.email, email: user.email, name: user.name, role: user.role };
}

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
      jwt({ token, user, account }) {
        if (user) {
          token.role =
            account?.provider === "credentials" ? user.role : roleForEmail(config, user.email);
          token.email = user.email?.toLowerCase() ?? null;
          token.name = user.name ?? user.email ?? null;
        }
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
