import { notFound } from "next/navigation";
import { requirePageRole } from "../../page-guard";

type Params = Promise<{ rest: string[] }>;

// Any other /admin/* path: a 403 for non-admins like the admin page itself (so the address does
// not tell them which admin pages exist), a 404 for admins.
export default async function AdminUnknownPage({ params }: { params: Params }) {
  const { rest } = await params;
  await requirePageRole(`/admin/${rest.map(encodeURIComponent).join("/")}`, "admin");
  notFound();
}
