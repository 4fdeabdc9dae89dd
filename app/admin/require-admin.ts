import "server-only";
import { forbidden } from "next/navigation";
import { can, type SessionUser } from "@/lib/auth/roles";
import { requireSessionUser } from "@/lib/server/auth/session";

/** For admin pages: the signed-in admin; anyone else gets the 403 page (app/admin/forbidden.tsx). */
export async function requireAdmin(path: string): Promise<SessionUser> {
  const user = await requireSessionUser(path);
  if (!can(user.role, "admin")) forbidden();
  return user;
}
