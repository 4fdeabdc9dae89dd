// npm run user:add -- --email ada@example.com --name "Ada Lovelace" --role staff [--file users.json]
// Adds or replaces a user in AUTH_USERS_FILE (or --file). The password is asked for twice without
// echo, or read from USER_ADD_PASSWORD / the first line of stdin when not on a terminal: never
// from the command line, where it would land in the shell history.
import nextEnv from "@next/env";
import bcrypt from "bcrypt";
import { stdin, stdout } from "node:process";
import { parseArgs } from "node:util";
import { ROLES } from "../lib/auth/roles";
import {
  BCRYPT_ROUNDS,
  readUsersFile,
  upsertUser,
  userRecordSchema,
  writeUsersFile,
} from "../lib/server/auth/users-file";

const MIN_PASSWORD = 12;

function usage(message: string): never {
  console.error(
    `${message}\n\nUsage: npm run user:add -- --email <email> --name <name> --role <${ROLES.join("|")}> [--file <users.json>]`,
  );
  process.exit(2);
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    let value = "";
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      stdout.write("\n");
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") return done();
        if (ch === "\u0003") return done(new Error("cancelled"));
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on("data", onData);
  });
}

async function readStdinLine(): Promise<string> {
  let text = "";
  for await (const chunk of stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? "";
}

async function readPassword(): Promise<string> {
  if (process.env.USER_ADD_PASSWORD) return process.env.USER_ADD_PASSWORD;
  if (!stdin.isTTY) return readStdinLine();
  const first = await promptHidden("Password: ");
  const second = await promptHidden("Repeat password: ");
  if (first !== second) usage("The two passwords differ.");
  return first;
}

async function main() {
  nextEnv.loadEnvConfig(process.cwd(), false, { info: () => undefined, error: console.error });
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      file: { type: "string" },
    },
    strict: true,
  });
  const file = values.file ?? process.env.AUTH_USERS_FILE;
  if (!file) usage("Set AUTH_USERS_FILE (in .env.local) or pass --file.");
  if (!values.email || !values.name || !values.role)
    usage("--email, --name and --role are required.");

  // Check the arguments before asking for a password.
  const identity = userRecordSchema
    .omit({ passwordHash: true })
    .safeParse({ email: values.email, name: values.name, role: values.role });
  if (!identity.success)
    usage(identity.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n"));
  const password = await readPassword();
  if (password.length < MIN_PASSWORD)
    usage(`The password must be at least ${MIN_PASSWORD} characters.`);
  const parsed = userRecordSchema.safeParse({
    ...identity.data,
    passwordHash: await bcrypt.hash(password, BCRYPT_ROUNDS),
  });
  if (!parsed.success) usage("Could not hash the password.");

  const users = readUsersFile(file);
  const replaced = users.some((u) => u.email === parsed.data.email);
  writeUsersFile(file, upsertUser(users, parsed.data));
  console.info(
    `${replaced ? "Updated" : "Added"} ${parsed.data.email} (${parsed.data.role}) in ${file}.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
