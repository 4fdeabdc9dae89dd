import Link from "next/link";

export function PageTitle() {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-white">
          Add images
        </h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Register images hosted at a URL, or upload files. FinerWorks needs each file&apos;s name,
          size and pixel dimensions: they are filled in for you.
        </p>
      </div>
      <Link
        href="/images"
        className="text-sm font-medium text-brand-600 underline-offset-2 hover:underline dark:text-blue-300"
      >
        Back to the library
      </Link>
    </div>
  );
}
