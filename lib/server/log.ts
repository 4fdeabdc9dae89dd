import "server-only";
import type { UpstreamCall } from "@/lib/finerworks/client";
import { serverConfig } from "./config";
import { currentRequestContext } from "./request-context";

type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level | "silent", number> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
  silent: 100,
};

/** Every secret the process knows; any of them found in a log line is replaced. */
function secrets(): string[] {
  const c = serverConfig();
  return [
    c.finerworks.webApiKey,
    c.finerworks.appKey,
    c.auth.secret,
    c.auth.github?.clientSecret,
    c.auth.google?.clientSecret,
    c.media.s3?.secretAccessKey,
    databasePassword(c.database),
  ].filter((s): s is string => typeof s === "string" && s.length >= 4);
}

function databasePassword(
  database: ReturnType<typeof serverConfig>["database"],
): string | undefined {
  if (database.engine !== "postgres") return undefined;
  try {
    return decodeURIComponent(new URL(database.url).password) || undefined;
  } catch {
    return undefined;
  }
}

export function redact(text: string, values: readonly string[] = secrets()): string {
  let out = text;
  for (const value of values) out = out.split(value).join("[redacted]");
  return out;
}

/** One JSON line per event on stdout/stderr, keys redacted. */
export function log(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  if (ORDER[level] < ORDER[serverConfig().logLevel]) return;
  const line = redact(JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }));
  if (level === "error" || level === "warn") process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}

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
