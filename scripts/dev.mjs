// `npm run dev`: Next.js in development mode beside the emulator (unless live keys are set).
import { runTogether } from "./lib/processes.mjs";

const port = process.env.PORT ?? "3000";
const live = Boolean(process.env.FINERWORKS_WEB_API_KEY || process.env.FINERWORKS_APP_KEY);
const processes = [{ name: "app", command: "npx", args: ["next", "dev", "-p", port], env: {} }];
if (!live)
  processes.unshift({
    name: "emulator",
    command: "npx",
    args: ["tsx", "emulator/main.ts"],
    env: {},
  });

process.exitCode = await runTogether(processes);
