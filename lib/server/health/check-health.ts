import "server-only";
import { createFinerWorksClient, type FinerWorksClient } from "@/lib/server/finerworks/client";
import { isFinerWorksError } from "@/lib/server/finerworks/errors";
import { serverConfig } from "@/lib/server/config";
import { logUpstreamCall } from "@/lib/server/finerworks/log-call";

export interface HealthReport {
  mode: "emulator" | "live";
  upstream: "ok" | "unauthorized" | "unreachable";
  latency_ms: number;
  /** FinerWorks' reference id of a failed check, for support. */
  reference_id?: string;
}

let healthClient: FinerWorksClient | undefined;

// No retries and a short timeout: the check reports what one call does, quickly.
function client(): FinerWorksClient {
  const config = serverConfig().finerworks;
  healthClient ??= createFinerWorksClient({
    ...config,
    timeoutMs: Math.min(config.timeoutMs, 5_000),
    readRetries: 0,
    onCall: logUpstreamCall,
  });
  return healthClient;
}

/** Checks the configured keys with test_my_credentials. Never throws. */
export async function checkHealth(fw: FinerWorksClient = client()): Promise<HealthReport> {
  const mode = serverConfig().mode;
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  try {
    await fw.testCredentials();
    return { mode, upstream: "ok", latency_ms: latency() };
  } catch (error) {
    const refused =
      isFinerWorksError(error) &&
      (error.kind === "refused" ||
        (error.kind === "http" && (error.httpStatus === 401 || error.httpStatus === 403)));
    const referenceId = isFinerWorksError(error) ? error.referenceId : undefined;
    return {
      mode,
      upstream: refused ? "unauthorized" : "unreachable",
      latency_ms: latency(),
      ...(referenceId ? { reference_id: referenceId } : {}),
    };
  }
}
