import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import bcrypt from "bcrypt";
import type { SessionUser } from "@/lib/auth/roles";
import { serverConfig } from "@/lib/server/config";
import { log } from "@/lib/server/log";
import { hashSlots } from "./hash-slots";
import { readUsersFile, type UserRecord } from "./users-file";

export const DEMO_PASSWORD = "demo-password";
// bcrypt("demo-password"): the password is public, the hash only spares a hashing at start-up.
const DEMO_HASH = "$2b$10$WIhzj9XG1aMjQqiRKdAcXOYzsOtemc2Ifp15LieF4pIFn7.LFv4iq";

export const DEMO_USERS: readonly UserRecord[] = [
  { email: "artist@example.com", name: "Ada Artist", role: "artist", passwordHash: DEMO_HASH },
  { email: "staff@example.com", name: "Sam Staff", role: "staff", passwordHash: DEMO_HASH },
  { email: "admin@example.com", name: "Alex Admin", role: "admin", passwordHash: DEMO_HASH },
];

let warned = false;

/** Demo users are on by default in emulator mode; in live mode only when asked for, loudly. */
export function demoUsersEnabled(): boolean {
  const config = serverConfig();
  if (config.auth.demoUsers && config.mode === "live" && !warned) {
    warned = true;
    log("warn", "auth.demo_users_enabled", {
      message:
        "AUTH_DEMO_USERS=true against the LIVE FinerWorks API: anyone who knows the public demo password can sign in as admin. Turn it off.",
    });
  }
  return config.auth.demoUsers;
}

function loadUsers(): UserRecord[] {
  const { usersFile } = serverConfig().auth;
  // File users come first, so a file entry replaces a demo user with the same email.
  let fromFile: UserRecord[] = [];
  if (usersFile && !existsSync(usersFile)) {
    log("warn", "auth.users_file_missing", {
      file: usersFile,
      hint: "create it with npm run user:add",
    });
  } else if (usersFile) {
    try {
      fromFile = readUsersFile(usersFile);
    } catch (error) {
      log("error", "auth.users_file_invalid", {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return demoUsersEnabled() ? [...fromFile, ...DEMO_USERS] : fromFile;
}

const costOf = (hash: string) => Number(hash.slice(4, 6));

// Compared against when the email is unknown, so a miss costs as long as a wrong password: one
// per cost (the highest cost among the users), made once from a random password.
const timingHashes = new Map<number, Promise<string>>();
function timingHash(users: readonly UserRecord[]): Promise<string> {
  const cost = Math.max(...users.map((u) => costOf(u.passwordHash)), costOf(DEMO_HASH));
  let hash = timingHashes.get(cost);
  if (!hash) {
    hash = hashSlots.run(() => bcrypt.hash(randomBytes(16).toString("hex"), cost));
    timingHashes.set(cost, hash);
  }
  return hash;
}

/**
 * The user for an email and password, or null. Always spends one bcrypt comparison, off the main
 * thread (native bcrypt) and a few at a time, so a burst of sign-ins does not stall other requests.
 */
export async function verifyPassword(email: string, password: string): Promise<SessionUser | null> {
  const users = loadUsers();
  const user = users.find((u) => u.email === email);
  const hash = user?.passwordHash ?? (await timingHash(users));
  const ok = await hashSlots.run(() => bcrypt.compare(password, hash));
  return user && ok ? { email: user.email, name: user.name, role: user.role } : null;
}
