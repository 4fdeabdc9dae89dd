import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Badge } from "@/components/ui/badge";
import { can, type SessionUser } from "@/lib/auth/roles";

const navLink = "hover:underline";

/**
 * The top bar: navigation the user's role allows, who is signed in, and "Sign out". The layout
 * reads the session and passes the user in, so nothing here reaches server-only code.
 */
export function AppHeader({ user }: { user: SessionUser | null }) {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href={user ? "/images" : "/login"} className="text-lg font-semibold tracking-tight">
          FinerWorks Library
        </Link>
        {user ? (
          <>
            <nav aria-label="Main" className="flex items-center gap-4 text-sm">
              <Link href="/images" className={navLink}>
                Images
              </Link>
              <Link href="/activity" className={navLink}>
                Activity
              </Link>
              {can(user.role, "admin") ? (
                <Link href="/admin" className={navLink}>
                  Admin
                </Link>
              ) : null}
              {can(user.role, "admin") ? (
                <Link href="/admin/products" className={navLink}>
                  Products
                </Link>
              ) : null}
              {can(user.role, "admin") ? (
                <Link href="/admin/removed-products" className={navLink}>
                  Removed products
                </Link>
              ) : null}
            </nav>
            <div className="ml-auto flex items-center gap-3 text-sm" aria-label="Signed-in user">
              <span className="font-medium">{user.name}</span>
              <Badge tone="brand">
                <span className="sr-only">Role: </span>
                {user.role}
              </Badge>
              <SignOutButton />
            </div>
          </>
        ) : null}
      </div>
    </header>
  );
}
