import { json, withApi } from "@/lib/server/api/handler";
import { AppError } from "@/lib/server/errors/app-error";
import {
  cancelProductScan,
  latestProductScan,
  startProductScan,
} from "@/lib/server/snapshot/scans";
import { apiRoute } from "@/lib/server/api/api-route";

// POST /api/products/scan - starts a scan of the whole inventory library (admins)
const post = withApi({ route: "POST /api/products/scan", action: "admin" }, async ({ user }) => {
  const { started, scan } = await startProductScan(user.email);
  if (!started)
    throw new AppError("conflict", "A library scan is already running.", { current: scan });
  return json(scan, 202);
});

// GET /api/products/scan - the running scan, else the last one (404 before the first)
const get = withApi({ route: "GET /api/products/scan", action: "admin" }, async () => {
  const scan = await latestProductScan();
  if (!scan) throw new AppError("not_found", "No library scan has run yet.");
  return json(scan);
});

// DELETE /api/products/scan - cancels the running scan; the snapshot before it stays
const del = withApi({ route: "DELETE /api/products/scan", action: "admin" }, async () => {
  const scan = await cancelProductScan();
  if (!scan) throw new AppError("conflict", "No library scan is running.");
  return json(scan);
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  POST: post,
  GET: get,
  DELETE: del,
});
