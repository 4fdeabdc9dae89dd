import type { Metadata } from "next";
import { ForbiddenView } from "../forbidden-view";

export const metadata: Metadata = { title: "Admins only" };

// proxy.ts rewrites admin pages here (with status 403) for anyone who is not an admin.
export default function AdminForbiddenPage() {
  return <ForbiddenView />;
}
