import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { readOrCreateSecretFile } from "./secret-file.mjs";
import { parseServerEnv } from "./server-schema.mjs";

const run = promisify(execFile);
const tempDir = () => mkdtempSync(join(tmpdir(), "auth-secret-"));

describe("the emulator's sign-in secret", () => {
  it("is made on first use, owner-readable only, and read back the same afterwards", () => {
    const file = join(tempDir(), "nested", "auth-secret");
    const secret = readOrCreateSecretFile(file);
    expect(secret).toMatch(/^[\w-]{43}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readOrCreateSecretFile(file)).toBe(secret);
    expect(readOrCreateSecretFile(join(tempDir(), "auth-secret"))).not.toBe(secret);
  });

  it("is one secret for processes starting at once on the same folder", async () => {
    const file = join(tempDir(), "auth-secret");
    const script = `import("${new URL("./secret-file.mjs", import.meta.url).href}").then((m) => process.stdout.write(m.readOrCreateSecretFile(${JSON.stringify(file)})))`;
    const outputs = await Promise.all(
      Array.from({ length: 6 }, () => run(process.execPath, ["-e", script])),
    );
    const secrets = new Set(outputs.map((o) => o.stdout));
    expect(secrets.size).toBe(1);
    expect([...secrets][0]).toBe(readFileSync(file, "utf8").trim());
  });

  it("refuses a file holding something too short to be a secret", () => {
    const file = join(tempDir(), "auth-secret");
    writeFileSync(file, "short\n");
    expect(() => readOrCreateSecretFile(file)).toThrow(/at least 32 characters/);
  });

  it("signs emulator-mode sessions with the file's secret, and live ones with NEXTAUTH_SECRET", () => {
    const file = join(tempDir(), "auth-secret");
    const emulator = parseServerEnv({ AUTH_SECRET_FILE: file });
    expect(emulator.auth.secret).toBe(readFileSync(file, "utf8").trim());
    expect(emulator.auth.secret).not.toMatch(/emulator-mode-dev-secret/);
    const given = parseServerEnv({ AUTH_SECRET_FILE: file, NEXTAUTH_SECRET: "n".repeat(40) });
    expect(given.auth.secret).toBe("n".repeat(40));
  });
});
