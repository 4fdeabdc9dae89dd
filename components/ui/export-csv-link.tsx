import { buttonClasses } from "@/components/ui/button";
import { DownloadIcon } from "@/components/ui/icons";

/** A download of the API's CSV for the current filters; named and shown as a button. */
export function ExportCsvLink({ href }: { href: string }) {
  return (
    <a href={href} download role="button" className={buttonClasses()}>
      <DownloadIcon className="size-4" />
      Export CSV
    </a>
  );
}
