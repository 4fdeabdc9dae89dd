// Switchable failure modes per endpoint, so the app's error handling can be exercised on
// demand: "fail only the second add_images call" is { skip: 1, times: 1 }.
import { z } from "zod";
import type { EndpointName, FaultKind, FaultSpec } from "./types";

export const faultSpecSchema = z.object({
  endpoint: z.enum(["list_images", "add_images", "update_images", "test_my_credentials", "*"]),
  kind: z.enum(["latency", "http_500", "timeout", "malformed_json", "success_false"]),
  latency_ms: z.number().int().min(0).max(600_000).optional(),
  skip: z.number().int().min(0).optional(),
  times: z.number().int().min(1).optional(),
}) satisfies z.ZodType<FaultSpec>;

export const faultListSchema = z.array(faultSpecSchema);

/** What to do with one call: wait first, then maybe fail instead of answering. */
export interface FaultDecision {
  latencyMs: number;
  failure: Exclude<FaultKind, "latency"> | null;
}

interface ActiveFault {
  spec: FaultSpec;
  /** Matching calls seen so far (including skipped ones). */
  seen: number;
  applied: number;
}

export class FaultBook {
  private faults: ActiveFault[] = [];

  /** A fault for the same endpoint and kind replaces the earlier one (and its counters). */
  set(spec: FaultSpec): void {
    this.faults = this.faults.filter(
      (f) => f.spec.endpoint !== spec.endpoint || f.spec.kind !== spec.kind,
    );
    this.faults.push({ spec: { ...spec }, seen: 0, applied: 0 });
  }

  clear(): void {
    this.faults = [];
  }

  list(): FaultSpec[] {
    return this.faults.map((f) => ({ ...f.spec }));
  }

  /** Counts this call against every matching fault and says which ones fire. */
  decide(endpoint: EndpointName): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0, failure: null };
    for (const fault of this.faults) {
      const { spec } = fault;
      if (spec.endpoint !== "*" && spec.endpoint !== endpoint) continue;
      fault.seen++;
      if (fault.seen <= (spec.skip ?? 0)) continue;
      if (spec.times !== undefined && fault.applied >= spec.times) continue;
      if (spec.kind !== "latency" && decision.failure !== null) continue; // one failure per call
      fault.applied++;
      if (spec.kind === "latency") decision.latencyMs += spec.latency_ms ?? 1000;
      else decision.failure ??= spec.kind;
    }
    return decision;
  }
}
