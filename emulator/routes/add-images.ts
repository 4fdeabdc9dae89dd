// POST /v3/add_images - registers up to 5 already-hosted images in a library.
import { randomUUID } from "node:crypto";
import { DAY_MS } from "../dates";
import { invalidRequest, responseStatus, type ApiAnswer } from "../envelope";
import type { EmulatorContext } from "../context";
import type { NewImage } from "../records";
import { addImagesBody, validate } from "../validation";
import { toImageDetails } from "../wire";

const TEMPORARY_LIFETIME_MS = 30 * DAY_MS;

export function addImages(ctx: EmulatorContext, body: unknown): ApiAnswer {
  const checked = validate(addImagesBody, body);
  if (!checked.ok) return invalidRequest(checked.modelState);
  const { images, library } = checked.value;
  const now = Date.now();
  const records: NewImage[] = images.map((image) => ({
    guid: randomUUID(),
    library: library.name,
    title: image.title?.trim() ? image.title : image.file_name,
    description: image.description ?? null,
    file_name: image.file_name,
    file_size: image.file_size ?? null,
    thumbnail_file_name: image.thumbnail_file_name ?? null,
    preview_file_name: image.preview_file_name ?? null,
    hires_file_name: image.hires_file_name ?? null,
    public_thumbnail_uri: image.public_thumbnail_uri ?? null,
    public_preview_uri: image.public_preview_uri ?? null,
    private_hires_uri: image.private_hires_uri,
    personal_gallery_title: null,
    members_gallery_category: null,
    pix_w: image.pix_w ?? null,
    pix_h: image.pix_h ?? null,
    added_at: now,
    expires_at: library.name === "temporary" ? now + TEMPORARY_LIFETIME_MS : null,
    active: true,
  }));
  const rows = ctx.db.imagesByIds(ctx.db.insertImages(records));
  const products = library.name === "inventory" ? [] : null;
  // The docs' example answers status_code 201 inside the envelope; the HTTP status stays 200,
  // as ASP.NET Web API answers when the body carries its own status.
  return {
    httpStatus: 200,
    body: {
      status: responseStatus(201),
      images: rows.map((row) => toImageDetails(row, products, ctx.mediaOrigin)),
    },
  };
}
