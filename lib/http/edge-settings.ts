import type { parseServerEnv } from "@/lib/env/server-schema.mjs";

type ServerConfig = ReturnType<typeof parseServerEnv>;

/** What proxy.ts needs from the configuration, worked out once per process. */
export interface EdgeSettings {
  /** The site's own origin (NEXTAUTH_URL): the only place callbackUrl may lead. */
  siteOrigin: string;
  siteUrl: string;
  secret: string;
  secureCookie: boolean;
  trustProxy: boolean;
  /** Origins the pages show images from besides their own and https hosts. */
  imageOrigins: string[];
  dev: boolean;
}

const originOf = (url: string | undefined): string[] => {
  if (!url) return [];
  try {
    return [new URL(url).origin];
  } catch {
    return [];
  }
};

export function edgeSettings(config: ServerConfig): EdgeSettings {
  const imageOrigins = [
    ...(config.mode === "emulator" ? originOf(config.emulator.origin) : []),
    ...(config.media.store === "local" ? originOf(config.media.local.publicBaseUrl) : []),
    ...originOf(config.media.s3?.publicBaseUrl),
  ];
  return {
    siteOrigin: new URL(config.auth.url).origin,
    siteUrl: config.auth.url,
    secret: config.auth.secret,
    secureCookie: config.auth.url.startsWith("https://"),
    trustProxy: config.trustProxy,
    imageOrigins: [...new Set(imageOrigins)],
    dev: config.nodeEnv === "development",
  };
}
