// `npm run demo`: the dashboard on http://localhost:3000 with the embedded FinerWorks emulator,
// demo data and demo users, no configuration needed.
import { buildIfNeeded } from "./lib/build.mjs";
import { runTogether } from "./lib/processes.mjs";

const port = process.env.PORT ?? "3000";
const emulatorPort = process.env.EMULATOR_PORT ?? "4010";
const live = Boolean(process.env.FINERWORKS_WEB_API_KEY || process.env.FINERWORKS_APP_KEY);

buildIfNeeded();

console.info(`
  FinerWorks Library dashboard: http://localhost:${port}
  ${live ? "Live FinerWorks API (keys set in the environment)" : `Emulator mode: FinerWorks emulator on http://127.0.0.1:${emulatorPort}`}
  Demo users (password: demo-password): artist@example.com, staff@example.com, admin@example.com
  Ctrl-C stops everything.
`);

/** @type {Parameters<typeof runTogether>[0]} */
const processes = [
  {
    name: "app",
    command: "npx",
    args: ["next", "start", "-p", port],
    env: { NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}` },
  },
];
if (!live)
  processes.unshift({
    name: "emulator",
    command: "npx",
    args: ["tsx", "emulator/main.ts"],
    env: { EMULATOR_PORT: emulatorPort },
  });

process.exitCode = await runTogether(processes);
