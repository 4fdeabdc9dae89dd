import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { can, isRole, type Action, type SessionUser } from "@/lib/auth/roles";
import { authOptions } from "./options";

/** The signed-in user, or null (no session, or a session without a valid role). Once per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!user?.email || !isRole(user.role)) return null;
  return { email: user.email, name: user.name || user.email, role: user.role };
});

/** For pages: the signed-in user, or a redirect to sign-in (the proxy normally got there first). */
export async function requireSessionUser(callbackPath = "/images"): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return user;
}

export async function sessionCan(action: Action): Promise<boolean> {
  const user = await getSessionUser();
  return can(user?.role, action);
}
