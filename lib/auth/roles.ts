// Who may do what. The UI hides what a role cannot do; route handlers enforce the same table.
export const ROLES = ["artist", "staff", "admin"] as const;
export type Role = (typeof ROLES)[number];

export type Action = "browse" | "add" | "edit" | "admin";

const PERMISSIONS: Record<Action, readonly Role[]> = {
  browse: ["artist", "staff", "admin"],
  add: ["artist", "staff", "admin"],
  edit: ["staff", "admin"],
  admin: ["admin"],
};

export function can(role: Role | undefined | null, action: Action): boolean {
  return role ? PERMISSIONS[action].includes(role) : false;
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export interface SessionUser {
  email: string;
  name: string;
  role: Role;
}
