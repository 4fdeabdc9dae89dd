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
};

export default nextConfig;
