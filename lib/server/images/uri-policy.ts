import "server-only";
import { lookup } from "node:dns/promises";
import type { AddImage } from "@/lib/schemas/image-input";
import { AppError } from "@/lib/server/errors/app-error";
import {
  judgeUrlHost,
  type HostVerdict,
  type ResolvedAddress,
} from "@/lib/server/fetch/guarded-fetch";
import { allowedFetchHosts } from "@/lib/server/fetch/policy";
import { mediaStore } from "@/lib/server/media/store";

const URI_FIELDS = ["private_hires_uri", "public_preview_uri", "public_thumbnail_uri"] as const;
const DNS_WAIT_MS = 2_000;
export const PRIVATE_URI_MESSAGE =
  "must be a public address: private, local, link-local and reserved addresses are refused";

/** ALLOWED_FETCH_HOSTS, the emulator in emulator mode, and the media store's own URLs. */
function allowedImageHosts(): string[] {
  const hosts = allowedFetchHosts();
  const store = mediaStore();
  if (store) {
    const base = new URL(store.publicUrl("x"));
    hosts.push(
      `${base.hostname.toLowerCase()}:${base.port || (base.protocol === "https:" ? "443" : "80")}`,
    );
  }
  return hosts;
}

/** A DNS answer that takes too long counts as none: the name is then judged unresolved. */
function resolveWithin(ms: number, resolve?: (host: string) => Promise<ResolvedAddress[]>) {
  return async (hostname: string): Promise<ResolvedAddress[]> => {
    const answer = resolve ? resolve(hostname) : lookup(hostname, { all: true, verbatim: true });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("dns timeout")), ms);
    });
    try {
      return await Promise.race([answer, late]);
    } finally {
      clearTimeout(timer);
    }
  };
}

/**
 * FinerWorks (or, in emulator mode, the emulator) fetches the URIs given to add_images, so they
 * must be public: judged by the SSRF guard's own rules (IP literals, and every address a name
 * resolves to). A name that does not resolve now is left to FinerWorks; it reaches nothing here.
 */
export async function refusePrivateImageUris(
  images: readonly AddImage[],
  options: { resolve?: (host: string) => Promise<ResolvedAddress[]> } = {},
): Promise<void> {
  const policy = {
    allowHosts: allowedImageHosts(),
    resolve: resolveWithin(DNS_WAIT_MS, options.resolve),
  };
  const verdicts = new Map<string, Promise<HostVerdict>>();
  const judge = (uri: string) => {
    let key = uri;
    try {
      key = new URL(uri).host.toLowerCase();
    } catch {
      // judged as given: the guard refuses what it cannot parse
    }
    let verdict = verdicts.get(key);
    if (!verdict) {
      verdict = judgeUrlHost(uri, policy);
      verdicts.set(key, verdict);
    }
    return verdict;
  };
  const checks = images.flatMap((image, index) =>
    URI_FIELDS.map(async (field) => {
      const uri = image[field];
      if (!uri) return undefined;
      return (await judge(uri)) === "blocked" ? `images.${index}.${field}` : undefined;
    }),
  );
  const refused = (await Promise.all(checks)).filter((f): f is string => f !== undefined);
  if (refused.length === 0) return;
  const fields = Object.create(null) as Record<string, string[]>;
  for (const field of refused) fields[field] = [PRIVATE_URI_MESSAGE];
  throw new AppError("invalid_request", "The request body is not valid.", { fields });
}
