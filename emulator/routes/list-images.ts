// POST /v3/list_images - one page of a library, filtered and sorted as the docs describe.
import { DAY_MS, dayStartMs } from "../dates";
import { invalidRequest, responseStatus, type ApiAnswer } from "../envelope";
import type { EmulatorContext } from "../context";
import type { ListFilter } from "../records";
import { listImagesBody, validate, type ListImagesBody } from "../validation";
import { toImageDetails } from "../wire";

const DEFAULT_PER_PAGE = 10;

export function listImages(ctx: EmulatorContext, body: unknown): ApiAnswer {
  const checked = validate(listImagesBody, body);
  if (!checked.ok) return invalidRequest(checked.modelState);
  const request = checked.value;
  const perPage = request.per_page ?? DEFAULT_PER_PAGE;
  // Page 0 is what many clients send for "first page"; upstream treats it as page 1.
  const page = Math.max(1, request.page_number ?? 1);
  const { count, rows } = ctx.db.listPage(toFilter(request), (page - 1) * perPage, perPage);

  const withProducts = request.list_products === true && request.library.name === "inventory";
  const products = withProducts ? ctx.db.productsFor(rows.map((r) => r.id)) : null;
  const images = rows.map((row) =>
    toImageDetails(row, products ? (products.get(row.id) ?? []) : null, ctx.mediaOrigin),
  );
  // per_page echoes the page size asked for (not the number returned), so clients can page.
  return {
    httpStatus: 200,
    body: { status: responseStatus(200), images, page_number: page, per_page: perPage, count },
  };
}

function toFilter(request: ListImagesBody): ListFilter {
  const search = request.search_filter?.trim().toLowerCase() ?? "";
  const guids = request.guid_filter?.length
    ? [...new Set(request.guid_filter.map((g) => g.toLowerCase()))].sort()
    : null;
  return {
    library: request.library.name,
    search: search === "" ? null : search,
    guids,
    // Both bounds are whole calendar days, inclusive.
    fromMs: request.upload_date_from ? dayStartMs(request.upload_date_from) : null,
    toMs: request.upload_date_to ? dayStartMs(request.upload_date_to) + DAY_MS : null,
    active: request.active ?? null,
    sortField: request.sort_field ?? "id",
    sortDirection: request.sort_direction ?? "DESC",
  };
}
