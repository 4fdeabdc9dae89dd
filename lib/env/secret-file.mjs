// A random secret kept in a file: read it, or create it on first use. Plain JS beside the env
// schema, which runs at build time too.
import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

const MIN_LENGTH = 32;

/**
 * The secret in `path`, created when the file does not exist. The new secret is written to a
 * temporary file and linked into place: link() fails when the name exists, so of two processes
 * starting on the same folder exactly one creates it, and neither can read a half-written file.
 * @param {string} path
 * @returns {string}
 */
export function readOrCreateSecretFile(path) {
  const file = resolve(path);
  const existing = readSecret(file);
  if (existing !== undefined) return existing;
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  writeFileSync(temp, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
  try {
    linkSync(temp, file);
  } catch (error) {
    if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
  } finally {
    unlinkSync(temp);
  }
  const secret = readSecret(file);
  if (secret === undefined) throw new Error(`${file} holds no usable secret`);
  return secret;
}

/** @param {string} file */
function readSecret(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return undefined;
    throw error;
  }
  const secret = text.trim();
  if (secret.length < MIN_LENGTH)
    throw new Error(`${file} must hold a secret of at least ${MIN_LENGTH} characters`);
  return secret;
}
