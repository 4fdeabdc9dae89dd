import "server-only";
import { existsSync } from "node:fs";
import bcrypt from "bcryptjs";
import type { SessionUser } from "@/lib/auth/roles";
import { serverConfig } from "@/lib/server/config";
import { log } from "@/lib/server/log";
import { readUsersFile, type UserRecord } from "./users-file";

export const DEMO_PASSWORD = "demo-password";
// bcrypt("demo-password"): the password is public, the hash only spares a hashing at start-up.
const DEMO_HASH = "$2b$10$WIhzj9XG1aMjQqiRKdAcXOYzsOtemc2Ifp15LieF4pIFn7.LFv4iq";
// Compared against when the email is unknown, so a miss costs as long as a wrong password.
const TIMING_HASH = "$2b$10$rMGqofzD6ErJjPtrF0.8NeI34J6cgqLFV2VaiIVMO/19wLD8oNu3K";

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

/** The user for an email and password, or null. Always spends one bcrypt comparison. */
export async function verifyPassword(email: string, password: string): Promise<SessionUser | null> {
  const user = loadUsers().find((u) => u.email === email);
  const ok = await bcrypt.compare(password, user?.passwordHash ?? TIMING_HASH);
  return user && ok ? { email: user.email, name: user.name, role: user.role } : null;
}
