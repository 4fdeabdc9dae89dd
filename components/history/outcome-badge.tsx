import type { ActivityEntry } from "@/lib/schemas/activity";
import { Badge } from "@/components/ui/badge";

/** ok, failed (with the error code), outcome unknown (never answered) or still in progress. */
export function OutcomeBadge({ entry }: { entry: Pick<ActivityEntry, "outcome" | "error_code"> }) {
  switch (entry.outcome) {
    case "ok":
      return <Badge tone="success">ok</Badge>;
    case "failed":
      return (
        <Badge tone="warning">
          failed{entry.error_code ? <span className="font-mono">: {entry.error_code}</span> : null}
        </Badge>
      );
    case "unknown":
      return <Badge tone="warning">outcome unknown</Badge>;
    case "pending":
      return <Badge>in progress</Badge>;
  }
}
