import "server-only";
import { serverConfig } from "@/lib/server/config";
import { logUpstreamCall } from "@/lib/server/finerworks/log-call";
import { createFinerWorksClient, type FinerWorksClient } from "./client";

let instance: FinerWorksClient | undefined;

/** The app's FinerWorks client, configured from the validated env (live API or the emulator). */
export function finerworks(): FinerWorksClient {
  instance ??= createFinerWorksClient({ ...serverConfig().finerworks, onCall: logUpstreamCall });
  return instance;
}
