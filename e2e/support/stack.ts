// One worker's own stack: a FinerWorks emulator (its port, its data folder, reseeded) and the
// production app (`next start` on its port, its own SQLite store and media folder), so workers
// never see each other's images, history, snapshots or budgets. Started by the worker-scoped
// `stack` fixture (fixtures.ts); the build is made once before the run (scripts/e2e.mjs).
import { mkdirSync, rmSync } from "node:fs";
import { appServerEnv, startEmulatorProcess, startNext } from "./app-server";
import { appPortOf, emulatorPortOf } from "./ports";

export interface Stack {
  /** The worker's index (Playwright's parallelIndex): 0, 1, ... */
  worker: number;
  baseURL: string;
  emulatorPort: number;
  /** Where the emulator answers, e.g. http://127.0.0.1:4110 (its control API and its media). */
  emulatorOrigin: string;
  /** Everything the app server wrote so far (also in test-results/app-server-<worker>.log). */
  appOutput(): string;
  stop(): Promise<void>;
}

/** The app's settings for the suite (a spec's own server goes over them with its own). */
const SUITE_ENV = {
  RATE_LIMIT_PER_MINUTE: "100000",
  // Every test signs in from 127.0.0.1: per-address sign-in limits would stop the suite.
  SIGN_IN_ATTEMPTS_PER_MINUTE: "100000",
  SIGN_IN_ADDRESS_MAX_FAILURES: "100000",
};

export async function startStack(worker: number): Promise<Stack> {
  const appPort = appPortOf(worker);
  const emulatorPort = emulatorPortOf(worker);
  const baseURL = `http://localhost:${appPort}`;
  const store = `data/e2e-app-${worker}.db`;
  const mediaDir = `data/e2e-media-${worker}`;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${store}${suffix}`, { force: true });
  rmSync(mediaDir, { recursive: true, force: true });
  mkdirSync("test-results", { recursive: true });
  // Both at once: the app needs the emulator only once a test asks for the library.
  const started = await Promise.allSettled([
    startEmulatorProcess({
      name: `emulator of worker ${worker}`,
      port: emulatorPort,
      dataDir: `data/e2e-emulator-${worker}`,
    }),
    startNext({
      name: `app of worker ${worker}`,
      port: appPort,
      baseURL,
      env: {
        ...appServerEnv(baseURL, emulatorPort),
        ...SUITE_ENV,
        DATABASE_URL: `file:${store}`,
        MEDIA_DIR: mediaDir,
      },
      logFile: `test-results/app-server-${worker}.log`,
    }),
  ]);
  const [emulator, app] = started.map((s) => (s.status === "fulfilled" ? s.value : undefined));
  if (!emulator || !app) {
    await Promise.all([emulator?.stop(), app?.stop()]);
    const failed = started.find((s) => s.status === "rejected");
    throw failed?.reason instanceof Error ? failed.reason : new Error(String(failed?.reason));
  }
  return {
    worker,
    baseURL,
    emulatorPort,
    emulatorOrigin: `http://127.0.0.1:${emulatorPort}`,
    appOutput: app.output,
    stop: async () => {
      await Promise.all([app.stop(), emulator.stop()]);
    },
  };
}
