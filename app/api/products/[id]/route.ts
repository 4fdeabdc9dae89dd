import { z } from "zod";
import { productIdSchema } from "@/lib/schemas/products";
import { json, withApi } from "@/lib/server/api/handler";
import { AppError } from "@/lib/server/errors/app-error";
import { parseWith } from "@/lib/server/api/request";
import { productDetails } from "@/lib/server/products/get-product";
import { apiRoute } from "@/lib/server/api/api-route";

const pathSchema = z.object({ id: productIdSchema });

// The proxy has refused malformed escapes (400) before Next decoded the segment; the id is read
// from the path so a bad one meets the schema's 400 like every other input.
function lastSegment(pathname: string): string {
  const raw = pathname.split("/").at(-1) ?? "";
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // Called without the proxy in front: the schema refuses it (400).
  }
}

const get = withApi(
  { route: "GET /api/products/[id]", action: "admin" },
  async ({ req }) => {
    const { id } = parseWith(pathSchema, { id: lastSegment(req.nextUrl.pathname) }, "path");
    const details = await productDetails(id);
    if (!details)
      throw new AppError("not_found", "The product snapshot has no product with this id.");
    return json(details);
  },
);

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({ GET: get });
