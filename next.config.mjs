// Env is validated here so that `next build` fails fast on a bad configuration.
import { loadServerEnvAtBuild } from "./lib/env-check.mjs";

loadServerEnvAtBuild();

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "sharp"],
  typedRoutes: false,
  // forbidden(): admin pages answer non-admins with a real 403 page, no rewrite needed.
  experimental: { authInterrupts: true },
  // An /api/ path no route claims gets the JSON 404 (a fallback rewrite runs after every route
  // and file, so it never shadows one; proxy.ts does not run for API paths).
  rewrites: () =>
    Promise.resolve({
      beforeFiles: [],
      afterFiles: [],
      fallback: [{ source: "/api/:path*", destination: "/api/not-found" }],
    }),
};

export default nextConfig;
