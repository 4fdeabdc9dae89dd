import Link from "next/link";

// What an artist or staff member sees on any admin page: forbidden() in the page guard (app/page-guard.tsx) renders
// this with status 403.
export default function AdminForbidden() {
  return (
    <div className="mx-auto mt-10 max-w-md space-y-3 text-center">
      <p className="text-sm font-semibold text-slate-500 dark:text-slate-400">403</p>
      <h1 className="text-xl font-semibold">Admins only</h1>
      <p className="text-slate-600 dark:text-slate-400">
        Your role does not give access to this page.
      </p>
      <Link
        href="/images"
        className="font-medium text-brand-600 underline-offset-2 hover:underline dark:text-blue-300"
      >
        Back to the library
      </Link>
    </div>
  );
}
