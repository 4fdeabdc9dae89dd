import { notFound } from "next/navigation";
import { requireAdmin } from "../require-admin";

type Params = Promise<{ rest: string[] }>;

// Any other /admin/* path: a 403 for non-admins like the admin page itself (so the address does
// not tell them which admin pages exist), a 404 for admins.
export default async function AdminUnknownPage({ params }: { params: Params }) {
  const { rest } = await params;
  await requireAdmin(`/admin/${rest.map(encodeURIComponent).join("/")}`);
  notFound();
}
