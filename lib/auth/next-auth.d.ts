// What our sessions and JWTs carry beyond next-auth's defaults.
import type { Role } from "@/lib/auth/roles";

declare module "next-auth" {
  interface Session {
    /** role is missing when the token's role is no longer valid: such a session grants nothing. */
    user: { email: string; name: string; role?: Role };
  }
  interface User {
    role?: Role;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    /** One id per sign-in, kept when next-auth re-issues the token: sign-out revokes it. */
    sid?: string;
  }
}
