// `npm run emulator [-- --reset] [-- --images N] [-- --port N] [-- --quiet]`: the FinerWorks emulator on its own.
import { parseCliConfig } from "./config";
import { startEmulator } from "./server";

const config = parseCliConfig(process.argv.slice(2));
const started = performance.now();
const emulator = await startEmulator({
  host: config.host,
  port: config.port,
  dataDir: config.dataDir,
  webApiKey: config.webApiKey,
  appKey: config.appKey,
  publicOrigin: config.publicOrigin,
  reset: config.reset,
  seed: config.images ? { images: config.images } : "demo",
  faults: config.faults,
  log: !config.quiet,
  // A big library's artwork is made on demand: prewarming 100k images would take hours.
  prewarmMedia: !config.images,
});

const stats = emulator.db.stats();
console.info(
  `[emulator] FinerWorks v3 emulator on ${emulator.url} (${stats.inventory} inventory, ${stats.temporary} temporary images; ` +
    `data in ${config.dataDir}; ready in ${Math.round(performance.now() - started)} ms)`,
);
if (config.faults.length > 0)
  console.info(`[emulator] faults active: ${JSON.stringify(config.faults)}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void emulator.close().then(() => process.exit(0));
  });
}
