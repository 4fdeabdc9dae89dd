// The CLI's settings: flags over env over defaults, validated once at start.
import { z } from "zod";
import { faultListSchema } from "./faults";

const envSchema = z.object({
  EMULATOR_HOST: z.string().min(1).default("127.0.0.1"),
  EMULATOR_PORT: z.coerce.number().int().min(0).max(65_535).default(4010),
  EMULATOR_WEB_API_KEY: z.string().min(1).default("emulator-web-api-key"),
  EMULATOR_APP_KEY: z.string().min(1).default("emulator-app-key"),
  EMULATOR_DATA_DIR: z.string().min(1).default("data/emulator"),
  EMULATOR_PUBLIC_ORIGIN: z.url().optional(),
  EMULATOR_FAULTS: z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (!text?.trim()) return [];
      try {
        const parsed = faultListSchema.safeParse(JSON.parse(text));
        if (parsed.success) return parsed.data;
        ctx.addIssue({
          code: "custom",
          message: `not a list of faults: ${z.prettifyError(parsed.error)}`,
        });
      } catch {
        ctx.addIssue({ code: "custom", message: "not valid JSON" });
      }
      return z.NEVER;
    }),
});

export type CliConfig = ReturnType<typeof parseCliConfig>;

/** The emulator's own env module: its entry point and its media cache read the environment here. */
// eslint-disable-next-line no-restricted-properties -- the emulator's env module
const processEnv = process.env;

/** Where generated artwork is shared across runs (tests point several emulators at one). */
export function mediaCacheDirFromEnv(): string | undefined {
  return processEnv.EMULATOR_MEDIA_CACHE_DIR || undefined;
}

export function parseCliConfig(argv: readonly string[], env: NodeJS.ProcessEnv = processEnv) {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success)
    throw new Error(`Invalid emulator environment:\n${z.prettifyError(parsed.error)}`);
  const e = parsed.data;
  const portFlag = argv.indexOf("--port");
  const port =
    portFlag >= 0
      ? z.coerce
          .number()
          .int()
          .min(0)
          .max(65_535)
          .parse(argv[portFlag + 1])
      : e.EMULATOR_PORT;
  const imagesFlag = argv.indexOf("--images");
  const images =
    imagesFlag >= 0
      ? z.coerce
          .number()
          .int()
          .min(1)
          .max(1_000_000)
          .parse(argv[imagesFlag + 1])
      : undefined;
  return {
    host: e.EMULATOR_HOST,
    port,
    webApiKey: e.EMULATOR_WEB_API_KEY,
    appKey: e.EMULATOR_APP_KEY,
    dataDir: e.EMULATOR_DATA_DIR,
    publicOrigin: e.EMULATOR_PUBLIC_ORIGIN,
    faults: e.EMULATOR_FAULTS,
    reset: argv.includes("--reset"),
    /** The big seed's inventory size (`--images N`); the demo seed without it. */
    images,
    quiet: argv.includes("--quiet"),
  };
}
