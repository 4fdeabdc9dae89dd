import "server-only";
import { log } from "@/lib/server/log";
import { currentRequestContext } from "@/lib/server/request-context";
import type { UpstreamCall } from "./client";

/** One log line per FinerWorks call, and its reference id for the request's own line. */
export function logUpstreamCall(call: UpstreamCall): void {
  // The API request this call belongs to reports its reference ids in its own log line.
  currentRequestContext()?.upstream.push({
    endpoint: call.endpoint,
    outcome: call.outcome,
    referenceId: call.referenceId,
  });
  log(call.outcome === "ok" ? "debug" : "warn", "finerworks.call", {
    endpoint: call.endpoint,
    method: call.method,
    status: call.httpStatus,
    duration_ms: Math.round(call.durationMs),
    reference_id: call.referenceId,
    outcome: call.outcome,
  });
}
