// Runs once as the server starts (requests that arrive while it starts up get no stamped address).
export async function register(): Promise<void> {
  // Next's own runtime marker (set by Next, not configuration): which server this file runs in.
  // eslint-disable-next-line no-restricted-properties -- not a setting the env module validates
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { stampPeerAddresses } = await import("@/lib/server/client-address");
  stampPeerAddresses();
}
