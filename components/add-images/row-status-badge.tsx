import { Badge } from "@/components/ui/badge";
import { Spinner } from "@/components/ui/spinner";
import type { Row } from "./types";

/** Where the row is on its way into the library; nothing for a draft with nothing going on. */
export function RowStatusBadge({ row }: { row: Row }) {
  switch (row.status) {
    case "waiting":
      return <Badge>Waiting</Badge>;
    case "preparing":
      return (
        <Badge tone="brand">
          <Spinner className="size-3" /> Making thumbnails
        </Badge>
      );
    case "adding":
      return (
        <Badge tone="brand">
          <Spinner className="size-3" /> Adding
        </Badge>
      );
    case "added":
      return <Badge tone="success">Added</Badge>;
    case "failed":
      return <Badge tone="warning">Failed</Badge>;
    case "draft":
      if (row.upload?.state === "queued") return <Badge>Waiting to upload</Badge>;
      if (row.upload?.state === "uploading") return <Badge tone="brand">Uploading</Badge>;
      if (row.upload?.state === "error") return <Badge tone="warning">Upload failed</Badge>;
      if (row.probe.state === "probing")
        return (
          <Badge>
            <Spinner className="size-3" /> Reading details
          </Badge>
        );
      return null;
  }
}
