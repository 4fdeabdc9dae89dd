import "server-only";
import { randomUUID } from "node:crypto";
import type { SessionUser } from "@/lib/auth/roles";
import type { NewActivity } from "@/lib/server/db/schema";

/** Who did it and in which request: the part every entry of one request shares. */
export function entryBase(
  user: SessionUser,
  requestId: string,
  batchId: string | null,
): Pick<
  NewActivity,
  "actor_email" | "actor_name" | "actor_role" | "request_id" | "batch_id" | "outcome"
> {
  return {
    actor_email: user.email.toLowerCase(),
    actor_name: user.name,
    actor_role: user.role,
    request_id: requestId,
    batch_id: batchId,
    outcome: "pending",
  };
}

export const newRequestId = (): string => randomUUID();
