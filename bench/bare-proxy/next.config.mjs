// The bench's bare forwarding app (see app/api/images/route.js): nothing but the route.
/** @type {import('next').NextConfig} */
const nextConfig = { poweredByHeader: false };

export default nextConfig;
