// How one log event becomes one line: JSON for collectors and tests, or a short readable line
// for a person watching the demo's terminal.

export type Level = "debug" | "info" | "warn" | "error";
export type LogFormat = "json" | "pretty";

export interface LogEvent {
  time: Date;
  level: Level;
  event: string;
  fields: Record<string, unknown>;
}

export function formatJson({ time, level, event, fields }: LogEvent): string {
  return JSON.stringify({ time: time.toISOString(), level, event, ...fields });
}

const COLOR: Record<Level, [string, string]> = {
  debug: ["\x1b[2m", "\x1b[22m"],
  info: ["", ""],
  warn: ["\x1b[33m", "\x1b[39m"],
  error: ["\x1b[31m", "\x1b[39m"],
};

// Shown in the head of the line, not repeated as key=value.
const HEAD_FIELDS = new Set(["route", "method", "status", "duration_ms"]);

function showValue(value: unknown): string {
  if (typeof value === "string") return /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value);
  if (value instanceof Error) return JSON.stringify(value.message);
  return JSON.stringify(value) ?? String(value);
}

/**
 * "07:41:05.120 WARN  POST /api/probe 502 840ms user=a@example.com": time, level, what
 * (route, or method and endpoint, else the event name), status and milliseconds, then the other
 * fields as key=value. Null fields are left out; a stack goes on the lines below.
 */
export function formatPretty({ time, level, event, fields }: LogEvent, color: boolean): string {
  const clock = time.toISOString().slice(11, 23);
  const what =
    typeof fields.route === "string"
      ? fields.route
      : typeof fields.method === "string" && typeof fields.endpoint === "string"
        ? `${event} ${fields.method} ${fields.endpoint}`
        : event;
  const head = [clock, level.toUpperCase().padEnd(5), what];
  if (fields.status !== undefined && fields.status !== null) head.push(showValue(fields.status));
  if (typeof fields.duration_ms === "number") head.push(`${fields.duration_ms}ms`);
  const rest = Object.entries(fields)
    .filter(([key, value]) => value !== null && value !== undefined && key !== "stack")
    .filter(([key]) => !HEAD_FIELDS.has(key) && !(key === "endpoint" && what !== event))
    .map(([key, value]) => `${key}=${showValue(value)}`);
  let line = [...head, ...rest].join(" ");
  if (typeof fields.stack === "string") line += `\n${fields.stack}`;
  const [start, end] = COLOR[level];
  return color && start ? `${start}${line}${end}` : line;
}

/** LOG_FORMAT=auto: readable on a terminal, JSON when piped (tests, collectors). */
export function resolveLogFormat(setting: "auto" | LogFormat, isTTY: boolean): LogFormat {
  return setting === "auto" ? (isTTY ? "pretty" : "json") : setting;
}

/**
 * The level of an API request's line: 5xx is an error, 4xx a warning. A route that reads a URL
 * the user gave (probe, thumbnails from a URL) logs 502/504 as a warning: that URL being
 * unreachable or unreadable is the user's input, not a fault of ours.
 */
export function requestLevel(status: number, readsUserUrl = false): Level {
  if (status >= 500) return readsUserUrl && (status === 502 || status === 504) ? "warn" : "error";
  return status >= 400 ? "warn" : "info";
}
