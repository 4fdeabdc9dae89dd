import { AppError } from "@/lib/server/errors/app-error";

/** Where a newest-first page ended: the last row's time and id (ties on time break by id). */
export interface Position {
  at: number;
  id: string;
}

export function encodeCursor(position: Position): string {
  return Buffer.from(`${position.at}~${position.id}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): Position {
  const [at, id, extra] = Buffer.from(cursor, "base64url").toString("utf8").split("~");
  const ms = Number(at);
  if (extra !== undefined || !id || !Number.isSafeInteger(ms) || ms < 0 || id.length > 64)
    throw new AppError("invalid_request", "The query is not valid.", {
      fields: { cursor: ["is not a cursor from this API"] },
    });
  return { at: ms, id };
}
