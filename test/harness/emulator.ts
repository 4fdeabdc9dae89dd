// The FinerWorks emulator in a test: started in-process on a free port (port 0), reset and
// fault injection through RunningEmulator itself (reset(), setFault(), clearFaults(),
// requests(), clearRequests()). startAppEmulator points this process's app code at it (the route
// tests); startTestEmulator, call, list and listAll drive it over real HTTP (its own tests).
import { startEmulator, type EmulatorOptions, type RunningEmulator } from "@/emulator/server";
import { parseJsonOrUndefined } from "@/lib/json";
import { resetServerConfigForTests } from "@/lib/server/config";

export type { RunningEmulator };

export const TEST_KEYS = { webApiKey: "test-web-api-key", appKey: "test-app-key" } as const;
export const KEY_HEADERS = { web_api_key: TEST_KEYS.webApiKey, app_key: TEST_KEYS.appKey } as const;
export const REFERENCE_ID = /^[0-9a-f]{32}$/;

export const library = (name: "inventory" | "temporary" = "inventory") => ({
  name,
  session_id: "test-session-0001",
  account_key: "",
  site_id: 2,
});

export function startTestEmulator(opts: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ port: 0, ...TEST_KEYS, ...opts });
}

/**
 * An emulator on a free port that this process's app code calls (EMULATOR_PORT, and the keys when
 * given), with the route tests' settings; `env` adds or overrides settings. The server config is
 * re-read, so the next request sees them.
 */
export async function startAppEmulator(
  options: { keys?: { webApiKey: string; appKey: string }; env?: Record<string, string> } = {},
): Promise<RunningEmulator> {
  const emulator = await startEmulator({ port: 0, ...options.keys });
  Object.assign(process.env, {
    EMULATOR_PORT: String(emulator.port),
    ...(options.keys
      ? { EMULATOR_WEB_API_KEY: options.keys.webApiKey, EMULATOR_APP_KEY: options.keys.appKey }
      : {}),
    FINERWORKS_TIMEOUT_MS: "800",
    LOG_LEVEL: "silent",
    RATE_LIMIT_PER_MINUTE: "100000",
    ...options.env,
  });
  resetServerConfigForTests();
  return emulator;
}

/** The FinerWorks calls the emulator received (of one endpoint, when given), control calls left out. */
export function upstreamCalls(emulator: RunningEmulator, endpoint?: string) {
  return emulator
    .requests()
    .filter((r) => r.endpoint !== null && (endpoint === undefined || r.endpoint === endpoint));
}

export interface CallResult<T = Record<string, unknown>> {
  status: number;
  text: string;
  json: T;
  headers: Headers;
}

/** One FinerWorks call: JSON body, the test keys unless headers say otherwise. */
export async function call<T = Record<string, unknown>>(
  emulator: RunningEmulator,
  endpoint: string,
  init: {
    method?: string;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<CallResult<T>> {
  const response = await fetch(`${emulator.url}/${endpoint}`, {
    method: init.method ?? "POST",
    headers: { "content-type": "application/json", ...(init.headers ?? KEY_HEADERS) },
    body: init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await response.text();
  const json = parseJsonOrUndefined(text);
  return { status: response.status, text, json: json as T, headers: response.headers };
}

export interface ListedImage {
  id: number;
  guid: string;
  title: string | null;
  description: string | null;
  file_name: string | null;
  file_size: number | null;
  date_added: string;
  date_expires: string | null;
  active: boolean;
  public_thumbnail_uri: string | null;
  products: { sku: string; image_guid: string; labels: unknown[] }[] | null;
}

export interface ListAnswer {
  status: { success: boolean; status_code: number; message: string; reference_id: string };
  images: ListedImage[];
  page_number: number;
  per_page: number;
  count: number;
}

export function list(
  emulator: RunningEmulator,
  body: Record<string, unknown> = {},
): Promise<CallResult<ListAnswer>> {
  return call<ListAnswer>(emulator, "list_images", { body: { library: library(), ...body } });
}

/** Every image of a library matching the body's filters, all pages, in the order asked for. */
export async function listAll(
  emulator: RunningEmulator,
  body: Record<string, unknown> = {},
): Promise<ListedImage[]> {
  const images: ListedImage[] = [];
  for (let page = 1; ; page++) {
    const { json } = await list(emulator, { per_page: 50, ...body, page_number: page });
    images.push(...json.images);
    if (json.images.length < 50) return images;
  }
}
