// Runs once as the server starts (requests that arrive while it starts up get no stamped address).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { stampPeerAddresses } = await import("@/lib/server/client-address");
  stampPeerAddresses();
}
