// Route handlers called in-process with real NextRequests, signed in through a real session
// cookie (test/harness/session.ts): the one way the route tests call the API.
import { NextRequest } from "next/server";
import type { SessionUser } from "@/lib/auth/roles";
import { cookieFor, type Caller } from "./session";

export type RouteHandler = (req: NextRequest) => Promise<Response>;
export type RouteMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RouteCall {
  method: RouteMethod;
  /** Path and query, e.g. "/api/images?per_page=2". */
  path: string;
  headers?: Record<string, string>;
  /** A JSON body: serialised, with `content-type: application/json` unless `headers` say else. */
  json?: unknown;
  /** A raw body, sent as is (the case tables' ApiCall.body). */
  body?: string;
}

export interface Answer<T> {
  status: number;
  headers: Headers;
  text: string;
  json: T;
}

export const ROUTE_ORIGIN = "http://localhost:3000";

/** The NextRequest a browser signed in as `as` would send. */
export async function routeRequest(
  as: Caller | SessionUser,
  call: RouteCall,
): Promise<NextRequest> {
  const cookie = await cookieFor(as);
  const body = call.json === undefined ? call.body : JSON.stringify(call.json);
  return new NextRequest(`${ROUTE_ORIGIN}${call.path}`, {
    method: call.method,
    headers: {
      host: "localhost:3000",
      ...(call.json === undefined ? {} : { "content-type": "application/json" }),
      ...(cookie ? { cookie } : {}),
      ...call.headers,
    },
    body,
  });
}

/** Calls `handler` as `as`; the answer's text (a BOM kept, for the CSV tests) and its JSON. */
export async function callRoute<T = Record<string, unknown>>(
  handler: RouteHandler,
  as: Caller | SessionUser,
  call: RouteCall,
): Promise<Answer<T>> {
  const response = await handler(await routeRequest(as, call));
  // Keeps a BOM, which the CSV tests look for (response.text() would drop it).
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json: json as T };
}
