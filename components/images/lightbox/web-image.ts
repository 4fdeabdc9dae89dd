// Which hi-res files a browser can show itself (a TIFF or PSD master cannot be zoomed into).
const WEB_EXTENSIONS = new Set(["jpg", "jpeg", "png", "webp", "gif", "avif"]);

function extension(name: string | null | undefined): string | undefined {
  if (!name) return undefined;
  const path = name.split(/[?#]/)[0] ?? "";
  const dot = path.lastIndexOf(".");
  return dot >= 0 ? path.slice(dot + 1).toLowerCase() : undefined;
}

/** The hi-res URL when it is a web format (judged by the file name, then the URL), else null. */
export function webHiresUri(image: {
  private_hires_uri: string | null;
  hires_file_name?: string | null;
}): string | null {
  const uri = image.private_hires_uri;
  if (!uri) return null;
  const ext = extension(image.hires_file_name) ?? extension(uri);
  return ext !== undefined && WEB_EXTENSIONS.has(ext) ? uri : null;
}
