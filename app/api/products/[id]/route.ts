import { z } from "zod";
import { productIdSchema } from "@/lib/schemas/products";
import { json, withApi } from "@/lib/server/api/handler";
import { ApiError } from "@/lib/server/api/errors";
import { parseWith } from "@/lib/server/api/request";
import { productDetails } from "@/lib/server/products/product-details";

const pathSchema = z.object({ id: productIdSchema });

// Read from the path, not Next's `params`: Next decodes a segment itself, and a malformed escape
// (`/api/products/%`) would fail there with a 500 instead of reaching the schema's 400.
function lastSegment(pathname: string): string {
  const raw = pathname.split("/").at(-1) ?? "";
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

// GET /api/products/<id> - one snapshot product's side-panel details (admins): descriptions
// (the long one sanitised), labels by priority, mock-up URLs, third-party integration ids.
export const GET = withApi(
  { route: "GET /api/products/[id]", action: "admin" },
  async ({ req }) => {
    const { id } = parseWith(pathSchema, { id: lastSegment(req.nextUrl.pathname) }, "path");
    const details = await productDetails(id);
    if (!details)
      throw new ApiError("not_found", "The product snapshot has no product with this id.");
    return json(details);
  },
);
