import Link from "next/link";

/** What an artist or staff member sees on an admin page. */
export function ForbiddenView() {
  return (
    <div className="mx-auto mt-10 max-w-md space-y-3 text-center">
      <p className="text-sm font-semibold text-slate-500">403</p>
      <h1 className="text-xl font-semibold">Admins only</h1>
      <p className="text-slate-600 dark:text-slate-400">
        Your role does not give access to this page.
      </p>
      <Link href="/images" className="text-brand-600 hover:underline">
        Back to the library
      </Link>
    </div>
  );
}
