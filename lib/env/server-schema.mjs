// The server environment, validated once with zod. Plain JS so next.config.mjs can run it
// at build time (a bad configuration fails `next build`); TypeScript infers the types.
import { createHash } from "node:crypto";
import { hostname } from "node:os";
import { readOrCreateSecretFile } from "./secret-file.mjs";
import { z } from "zod";

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined));

const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

const roleMap = optionalText.transform((raw, ctx) => {
  /** @type {Record<string, "artist" | "staff" | "admin">} */
  const map = {};
  if (!raw) return map;
  for (const pair of raw.split(",")) {
    const [email, role] = pair.split(":").map((s) => s.trim());
    if (!email || (role !== "artist" && role !== "staff" && role !== "admin")) {
      ctx.addIssue({
        code: "custom",
        message: `AUTH_ROLE_MAP entry "${pair}" must be email:artist|staff|admin`,
      });
      return z.NEVER;
    }
    map[email.toLowerCase()] = role;
  }
  return map;
});

/** A stable 32-character session id derived from the host, used when none is configured. */
export function defaultSessionId() {
  return createHash("sha256")
    .update(`finerworks-dashboard:${hostname()}`)
    .digest("hex")
    .slice(0, 32);
}

const rawSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  FINERWORKS_WEB_API_KEY: optionalText,
  FINERWORKS_APP_KEY: optionalText,
  FINERWORKS_API_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  FINERWORKS_SITE_ID: z.coerce.number().int().nonnegative().default(2),
  FINERWORKS_SESSION_ID: optionalText.pipe(z.string().min(8).max(50).optional()),
  FINERWORKS_ACCOUNT_KEY: optionalText,
  FINERWORKS_LIBRARY: z.enum(["inventory", "temporary"]).default("inventory"),
  FINERWORKS_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  EMULATOR_HOST: z.string().default("127.0.0.1"),
  EMULATOR_PORT: z.coerce.number().int().min(1).max(65_535).default(4010),
  EMULATOR_WEB_API_KEY: z.string().min(1).default("emulator-web-api-key"),
  EMULATOR_APP_KEY: z.string().min(1).default("emulator-app-key"),
  NEXTAUTH_SECRET: optionalText,
  NEXTAUTH_URL: optionalText.pipe(z.url().optional()),
  AUTH_USERS_FILE: optionalText,
  AUTH_DEMO_USERS: booleanFlag,
  AUTH_ROLE_MAP: roleMap,
  GITHUB_ID: optionalText,
  GITHUB_SECRET: optionalText,
  GOOGLE_CLIENT_ID: optionalText,
  GOOGLE_CLIENT_SECRET: optionalText,
  AUTH_SECRET_FILE: z.string().trim().min(1).default("data/auth-secret"),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  SIGN_IN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  SIGN_IN_ADDRESS_MAX_FAILURES: z.coerce.number().int().min(1).default(20),
  TRUST_PROXY: booleanFlag,
  // Shared rate limits, sign-in lockouts, revoked sessions, idempotency keys and locks.
  REDIS_URL: optionalText.pipe(z.url({ protocol: /^rediss?$/ }).optional()),
  ALLOWED_FETCH_HOSTS: optionalText.transform((v) =>
    v
      ? v
          .split(",")
          .map((h) => h.trim().toLowerCase())
          .filter(Boolean)
      : [],
  ),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  // The dashboard's own store (history, archive): PostgreSQL when a postgres:// URL is given,
  // else embedded SQLite (data/app.db, or the file of a file: URL).
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(
        /^(postgres(ql)?:\/\/[^\s]+|file:[^\s]+)$/,
        "must be postgres://user:password@host:port/database, or file:path for SQLite",
      )
      .optional(),
  ),
  // Benchmarks only (emulator mode): turns the write-ahead history of edits off.
  HISTORY_RECORDING: z
    .enum(["true", "false", "1", "0", ""])
    .optional()
    .transform((v) => v !== "false" && v !== "0"),
  // The admin product review: a visit starts a library scan when the snapshot is older than
  // this; products whose margin is under this percent of the asking price are "thin".
  PRODUCTS_SNAPSHOT_MAX_AGE_MINUTES: z.coerce.number().int().min(1).max(10_080).default(60),
  PRODUCTS_THIN_MARGIN_PERCENT: z.coerce.number().min(0).max(100).default(30),
  // auto: readable lines on a terminal, JSON lines when piped (tests, log collectors).
  LOG_FORMAT: z.enum(["auto", "pretty", "json"]).default("auto"),
  // Media store for uploads and generated thumbnails (auto: S3 when a bucket is set, else a
  // local folder in emulator mode, else none).
  MEDIA_STORE: optionalText.pipe(z.enum(["auto", "local", "s3", "none"]).optional()),
  MEDIA_DIR: optionalText,
  MEDIA_PUBLIC_BASE_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  MEDIA_S3_ENDPOINT: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  MEDIA_S3_REGION: optionalText,
  MEDIA_S3_BUCKET: optionalText,
  MEDIA_S3_ACCESS_KEY_ID: optionalText,
  MEDIA_S3_SECRET_ACCESS_KEY: optionalText,
  MEDIA_S3_PUBLIC_BASE_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  UPLOAD_QUOTA_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(2 * 1024 ** 3),
  MEDIA_S3_FORCE_PATH_STYLE: z
    .enum(["true", "false", "1", "0", ""])
    .optional()
    .transform((v) => v !== "false" && v !== "0"),
});

/** This process's server configuration: the one place the app reads `process.env`. */
export function readServerEnv() {
  // eslint-disable-next-line no-restricted-properties -- the env module itself
  return parseServerEnv(process.env);
}

/**
 * Parses `env` into the app's server configuration, or throws an Error whose message lists
 * every problem (one per line) and never echoes a secret value.
 * @param {Record<string, string | undefined>} env
 */
export function parseServerEnv(env) {
  const parsed = rawSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join(".") || "env"}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const hasWeb = Boolean(e.FINERWORKS_WEB_API_KEY);
  const hasApp = Boolean(e.FINERWORKS_APP_KEY);
  if (hasWeb !== hasApp) {
    const missing = hasWeb ? "FINERWORKS_APP_KEY" : "FINERWORKS_WEB_API_KEY";
    throw new Error(
      `Invalid environment:\n- ${missing} is missing: set both FINERWORKS_WEB_API_KEY and FINERWORKS_APP_KEY for the live API, or neither for the emulator`,
    );
  }
  const mode = hasWeb ? "live" : "emulator";
  if (mode === "live" && !e.NEXTAUTH_SECRET) {
    throw new Error(
      "Invalid environment:\n- NEXTAUTH_SECRET is required when the live FinerWorks API is configured",
    );
  }
  if (mode === "live" && !e.HISTORY_RECORDING) {
    throw new Error(
      "Invalid environment:\n- HISTORY_RECORDING=false is for benchmarks against the emulator only: edits of the live library are always recorded",
    );
  }
  const emulatorOrigin = `http://${e.EMULATOR_HOST}:${e.EMULATOR_PORT}`;
  return {
    mode: /** @type {"live" | "emulator"} */ (mode),
    nodeEnv: e.NODE_ENV,
    finerworks: {
      apiUrl: (
        e.FINERWORKS_API_URL ??
        (mode === "live" ? "https://api.finerworks.com/v3" : `${emulatorOrigin}/v3`)
      ).replace(/\/+$/, ""),
      webApiKey: e.FINERWORKS_WEB_API_KEY ?? e.EMULATOR_WEB_API_KEY,
      appKey: e.FINERWORKS_APP_KEY ?? e.EMULATOR_APP_KEY,
      siteId: e.FINERWORKS_SITE_ID,
      sessionId: e.FINERWORKS_SESSION_ID ?? defaultSessionId(),
      accountKey: e.FINERWORKS_ACCOUNT_KEY ?? "",
      library: e.FINERWORKS_LIBRARY,
      timeoutMs: e.FINERWORKS_TIMEOUT_MS,
    },
    emulator: {
      host: e.EMULATOR_HOST,
      port: e.EMULATOR_PORT,
      origin: emulatorOrigin,
      webApiKey: e.EMULATOR_WEB_API_KEY,
      appKey: e.EMULATOR_APP_KEY,
    },
    auth: {
      // Emulator mode without a secret: a random one made on first start and kept in the data
      // folder, so every instance on that folder reads the same and nothing published signs cookies.
      secret: e.NEXTAUTH_SECRET ?? readOrCreateSecretFile(e.AUTH_SECRET_FILE),
      url: e.NEXTAUTH_URL ?? "http://localhost:3000",
      usersFile: e.AUTH_USERS_FILE,
      demoUsers:
        mode === "emulator"
          ? e.AUTH_DEMO_USERS || env.AUTH_DEMO_USERS !== "false"
          : e.AUTH_DEMO_USERS,
      roleMap: e.AUTH_ROLE_MAP,
      github:
        e.GITHUB_ID && e.GITHUB_SECRET
          ? { clientId: e.GITHUB_ID, clientSecret: e.GITHUB_SECRET }
          : undefined,
      google:
        e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET
          ? { clientId: e.GOOGLE_CLIENT_ID, clientSecret: e.GOOGLE_CLIENT_SECRET }
          : undefined,
    },
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    signIn: {
      attemptsPerMinute: e.SIGN_IN_ATTEMPTS_PER_MINUTE,
      addressMaxFailures: e.SIGN_IN_ADDRESS_MAX_FAILURES,
    },
    trustProxy: e.TRUST_PROXY,
    redisUrl: e.REDIS_URL,
    allowedFetchHosts: e.ALLOWED_FETCH_HOSTS,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    media: mediaConfig(e, mode),
    database: databaseConfig(e.DATABASE_URL),
    historyRecording: e.HISTORY_RECORDING,
    products: {
      snapshotMaxAgeMs: e.PRODUCTS_SNAPSHOT_MAX_AGE_MINUTES * 60_000,
      thinMarginPercent: e.PRODUCTS_THIN_MARGIN_PERCENT,
    },
  };
}

/**
 * The store's engine and where it lives.
 * @param {string | undefined} url
 * @returns {{ engine: "postgres", url: string } | { engine: "sqlite", file: string }}
 */
export function databaseConfig(url) {
  if (url && /^postgres(ql)?:/.test(url)) return { engine: "postgres", url };
  return { engine: "sqlite", file: url ? url.replace(/^file:(\/\/)?/, "") : "data/app.db" };
}

/**
 * Where uploads and generated thumbnails go. Public URLs must be absolute: FinerWorks fetches them.
 * @param {z.infer<typeof rawSchema>} e
 * @param {"live" | "emulator"} mode
 */
function mediaConfig(e, mode) {
  const wanted = e.MEDIA_STORE ?? "auto";
  const s3Given = Boolean(e.MEDIA_S3_BUCKET);
  const store =
    wanted !== "auto" ? wanted : s3Given ? "s3" : mode === "emulator" ? "local" : "none";
  /** @type {string[]} */
  const problems = [];
  if (store === "s3") {
    if (!e.MEDIA_S3_BUCKET) problems.push("- MEDIA_S3_BUCKET is required when MEDIA_STORE=s3");
    if (Boolean(e.MEDIA_S3_ACCESS_KEY_ID) !== Boolean(e.MEDIA_S3_SECRET_ACCESS_KEY)) {
      problems.push(
        "- set both MEDIA_S3_ACCESS_KEY_ID and MEDIA_S3_SECRET_ACCESS_KEY, or neither (default AWS credentials)",
      );
    }
    if (!e.MEDIA_S3_PUBLIC_BASE_URL && !e.MEDIA_S3_ENDPOINT) {
      problems.push(
        "- MEDIA_S3_PUBLIC_BASE_URL is required for an AWS bucket without MEDIA_S3_ENDPOINT",
      );
    }
  }
  if (problems.length > 0) throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  const appUrl = (e.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  const bucket = e.MEDIA_S3_BUCKET ?? "";
  const endpoint = e.MEDIA_S3_ENDPOINT?.replace(/\/+$/, "");
  return {
    store: /** @type {"local" | "s3" | "none"} */ (store),
    quotaBytes: e.UPLOAD_QUOTA_BYTES,
    local: {
      dir: e.MEDIA_DIR ?? "data/media",
      publicBaseUrl: (e.MEDIA_PUBLIC_BASE_URL ?? `${appUrl}/media`).replace(/\/+$/, ""),
    },
    s3:
      store === "s3"
        ? {
            endpoint,
            region: e.MEDIA_S3_REGION ?? "us-east-1",
            bucket,
            accessKeyId: e.MEDIA_S3_ACCESS_KEY_ID,
            secretAccessKey: e.MEDIA_S3_SECRET_ACCESS_KEY,
            forcePathStyle: e.MEDIA_S3_FORCE_PATH_STYLE,
            publicBaseUrl: (e.MEDIA_S3_PUBLIC_BASE_URL ?? `${endpoint}/${bucket}`).replace(
              /\/+$/,
              "",
            ),
          }
        : undefined,
  };
}
