import "server-only";
import { forcedColor } from "@/lib/env/runtime-env.mjs";
import { serverConfig } from "./config";
import { formatJson, formatPretty, resolveLogFormat, type Level } from "./log-format";

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

/** Colours only on a terminal (or when the demo's runner, itself on one, asks with FORCE_COLOR). */
function colorFor(stream: NodeJS.WriteStream): boolean {
  return forcedColor() ?? stream.isTTY === true;
}

/** One line per event on stdout/stderr (JSON or readable, see LOG_FORMAT), keys redacted. */
export function log(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  const config = serverConfig();
  if (ORDER[level] < ORDER[config.logLevel]) return;
  const stream = level === "error" || level === "warn" ? process.stderr : process.stdout;
  const entry = { time: new Date(), level, event, fields };
  const format = resolveLogFormat(config.logFormat, process.stdout.isTTY === true);
  const line = format === "json" ? formatJson(entry) : formatPretty(entry, colorFor(stream));
  stream.write(`${redact(line)}\n`);
}
