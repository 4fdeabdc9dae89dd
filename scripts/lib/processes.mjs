// Runs several long-lived processes as one: their output is prefixed, Ctrl-C stops all of
// them, and when one exits the others are stopped too.
import { spawn } from "node:child_process";

/**
 * @param {{ name: string, command: string, args: string[], env?: Record<string, string> }[]} specs
 * @returns {Promise<number>} the exit code of the first process that ended
 */
export function runTogether(specs) {
  // The children write into pipes, not the terminal: when this runner is on one, they are told
  // so, for readable and coloured logs (LOG_FORMAT=auto would otherwise choose JSON).
  const onTerminal = process.stdout.isTTY
    ? {
        ...(process.env.LOG_FORMAT ? {} : { LOG_FORMAT: "pretty" }),
        ...(process.env.FORCE_COLOR === undefined ? { FORCE_COLOR: "1" } : {}),
      }
    : {};
  return new Promise((resolve) => {
    /** @type {import("node:child_process").ChildProcess[]} */
    const children = [];
    let finished = false;
    /** @param {NodeJS.Signals} signal */
    const stopAll = (signal) => {
      for (const child of children) if (child.exitCode === null) child.kill(signal);
    };
    for (const spec of specs) {
      const child = spawn(spec.command, spec.args, {
        env: { ...process.env, ...onTerminal, ...spec.env },
        stdio: ["ignore", "pipe", "pipe"],
      });
      children.push(child);
      const prefix = `[${spec.name}] `;
      /** @param {import("node:stream").Readable} stream @param {NodeJS.WriteStream} out */
      const relay = (stream, out) => {
        let pending = "";
        stream.on("data", (/** @type {Buffer} */ chunk) => {
          pending += chunk.toString();
          const lines = pending.split("\n");
          pending = lines.pop() ?? "";
          for (const line of lines) out.write(prefix + line + "\n");
        });
      };
      relay(child.stdout, process.stdout);
      relay(child.stderr, process.stderr);
      child.on("exit", (code, signal) => {
        if (finished) return;
        finished = true;
        if (code !== 0 && signal === null)
          console.error(`${prefix}exited with code ${code}; stopping the others`);
        stopAll("SIGTERM");
        setTimeout(() => resolve(code ?? 0), 300);
      });
    }
    for (const signal of ["SIGINT", "SIGTERM"]) {
      process.on(signal, () => {
        finished = true;
        stopAll("SIGTERM");
        setTimeout(() => process.exit(0), 500);
      });
    }
  });
}
