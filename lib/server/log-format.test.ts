import { describe, expect, it } from "vitest";
import {
  formatJson,
  formatPretty,
  requestLevel,
  resolveLogFormat,
  type LogEvent,
} from "./log-format";

const TIME = new Date("2026-11-30T07:41:05.120Z");
const request: LogEvent = {
  time: TIME,
  level: "warn",
  event: "api.request",
  fields: {
    route: "POST /api/probe",
    user: "artist@example.com",
    role: "artist",
    status: 502,
    duration_ms: 840,
    upstream_calls: 0,
    reference_id: null,
  },
};

describe("formatPretty", () => {
  it("puts time, level, route, status and ms first, then the other fields, without nulls", () => {
    expect(formatPretty(request, false)).toBe(
      "07:41:05.120 WARN  POST /api/probe 502 840ms user=artist@example.com role=artist upstream_calls=0",
    );
  });

  it.each([
    ["warn", "\x1b[33m", "\x1b[39m"],
    ["error", "\x1b[31m", "\x1b[39m"],
    ["debug", "\x1b[2m", "\x1b[22m"],
  ] as const)("colours %s lines when asked", (level, start, end) => {
    const line = formatPretty({ ...request, level }, true);
    expect(line.startsWith(start)).toBe(true);
    expect(line.endsWith(end)).toBe(true);
  });

  it("never colours info lines, nor any line without colour", () => {
    expect(formatPretty({ ...request, level: "info" }, true)).not.toContain("\x1b[");
    expect(formatPretty({ ...request, level: "error" }, false)).not.toContain("\x1b[");
  });

  it("names an upstream call by method and endpoint", () => {
    const line = formatPretty(
      {
        time: TIME,
        level: "warn",
        event: "finerworks.call",
        fields: {
          endpoint: "list_images",
          method: "POST",
          status: 500,
          duration_ms: 12,
          outcome: "http_error",
        },
      },
      false,
    );
    expect(line).toBe(
      "07:41:05.120 WARN  finerworks.call POST list_images 500 12ms outcome=http_error",
    );
  });

  it("quotes values with spaces and puts a stack on the lines below", () => {
    const line = formatPretty(
      {
        time: TIME,
        level: "error",
        event: "api.unhandled_error",
        fields: {
          route: "GET /api/images",
          error: "TypeError: x is undefined",
          stack: "at a\nat b",
        },
      },
      false,
    );
    expect(line).toBe(
      '07:41:05.120 ERROR GET /api/images error="TypeError: x is undefined"\nat a\nat b',
    );
  });

  it("shows an event without a route by its name, objects as JSON", () => {
    expect(
      formatPretty(
        { time: TIME, level: "info", event: "auth.sign_in", fields: { ids: ["a", "b"] } },
        false,
      ),
    ).toBe('07:41:05.120 INFO  auth.sign_in ids=["a","b"]');
  });
});

describe("formatJson", () => {
  it("writes one parseable line with time, level, event and every field", () => {
    const line = formatJson(request);
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({
      time: "2026-11-30T07:41:05.120Z",
      level: "warn",
      event: "api.request",
      ...request.fields,
    });
  });
});

describe("resolveLogFormat", () => {
  it.each([
    ["auto", true, "pretty"],
    ["auto", false, "json"],
    ["json", true, "json"],
    ["pretty", false, "pretty"],
  ] as const)("%s on a terminal=%s -> %s", (setting, tty, expected) => {
    expect(resolveLogFormat(setting, tty)).toBe(expected);
  });
});

describe("requestLevel", () => {
  it.each([
    [200, false, "info"],
    [404, false, "warn"],
    [500, false, "error"],
    [502, false, "error"],
    [502, true, "warn"],
    [504, true, "warn"],
    [500, true, "error"],
    [400, true, "warn"],
  ] as const)("%d (reads a user URL: %s) -> %s", (status, userUrl, expected) => {
    expect(requestLevel(status, userUrl)).toBe(expected);
  });
});
