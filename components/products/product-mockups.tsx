import { ImageThumbnail } from "@/components/ui/image-thumbnail";

/** Mock-ups as small thumbnails, each opening the full picture in a new tab. */
export function ProductMockups({ name, urls }: { name: string; urls: readonly string[] }) {
  if (urls.length === 0) return null;
  return (
    <section className="space-y-1.5">
      <h4 className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        Mock-ups
      </h4>
      <ul className="flex flex-wrap gap-2">
        {urls.map((url, i) => (
          <li key={`${i}-${url}`} className="w-20">
            <a
              href={url}
              target="_blank"
              rel="noopener noreferrer"
              className="block overflow-hidden rounded-md ring-1 ring-slate-200 hover:ring-brand-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 dark:ring-slate-700"
            >
              <ImageThumbnail
                src={url}
                alt={`${name}, mock-up ${i + 1}`}
                width={null}
                height={null}
                variant="natural"
              />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
