// The users file named by AUTH_USERS_FILE: a JSON array of { email, name, role, passwordHash }.
// Shared by the server (sign-in) and `npm run user:add`, so it has no server-only import.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

export const BCRYPT_ROUNDS = 12;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: "must be an email address" }));

export const userRecordSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "is required").max(100),
  role: z.enum(ROLES),
  passwordHash: z.string().regex(/^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/, "must be a bcrypt hash"),
});
export type UserRecord = z.infer<typeof userRecordSchema>;

export const usersFileSchema = z.array(userRecordSchema);

/** The users in a file; a missing file has none. Throws with the file and the problem when it is invalid. */
export function readUsersFile(path: string): UserRecord[] {
  const file = resolve(path);
  if (!existsSync(file)) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    throw new Error(`${file} is not valid JSON`);
  }
  const parsed = usersFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `${file} is not a valid users file: ${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`.trim(),
    );
  }
  return parsed.data;
}

/** Adds a user, or replaces the one with the same email. */
export function upsertUser(users: readonly UserRecord[], user: UserRecord): UserRecord[] {
  return [...users.filter((u) => u.email !== user.email), user];
}

/** Writes atomically (temp file + rename) and readable by the owner only: the file holds hashes. */
export function writeUsersFile(path: string, users: readonly UserRecord[]): void {
  const file = resolve(path);
  const temp = `${file}.${randomBytes(4).toString("hex")}.tmp`;
  writeFileSync(temp, `${JSON.stringify(users, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, file);
}
