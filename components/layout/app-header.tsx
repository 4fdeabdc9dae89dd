import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Badge } from "@/components/ui/badge";
import { can, type SessionUser } from "@/lib/auth/roles";
import { UserMenu } from "./user-menu";

const navLink = "hover:underline";

/**
 * The top bar: navigation the user's role allows, who is signed in, and "Sign out". The layout
 * reads the session and passes the user in, so nothing here reaches server-only code. On a phone
 * it stays one line: the user, the admin pages and "Sign out" fold into the user menu.
 */
export function AppHeader({ user }: { user: SessionUser | null }) {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-screen-2xl items-center gap-x-4 px-4 py-2.5 sm:gap-x-6 sm:px-6 md:py-3">
        <Link
          href={user ? "/images" : "/login"}
          className="shrink-0 text-base font-semibold tracking-tight sm:text-lg"
        >
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
                <Link href="/admin" className={`${navLink} hidden md:inline`}>
                  Admin
                </Link>
              ) : null}
              {can(user.role, "admin") ? (
                <Link href="/admin/products" className={`${navLink} hidden md:inline`}>
                  Products
                </Link>
              ) : null}
              {can(user.role, "admin") ? (
                <Link href="/admin/removed-products" className={`${navLink} hidden md:inline`}>
                  Removed products
                </Link>
              ) : null}
            </nav>
            <div
              className="ml-auto hidden items-center gap-3 text-sm md:flex"
              aria-label="Signed-in user"
            >
              <span className="font-medium">{user.name}</span>
              <Badge tone="brand">
                <span className="sr-only">Role: </span>
                {user.role}
              </Badge>
              <SignOutButton />
            </div>
            <UserMenu user={user} />
          </>
        ) : null}
      </div>
    </header>
  );
}
