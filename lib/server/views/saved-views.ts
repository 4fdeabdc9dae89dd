import "server-only";
// Saved views: a name and an /images query string per user, in the app store.
import { AppError } from "@/lib/server/errors/app-error";
import { withStore } from "@/lib/server/db";
import { newId } from "@/lib/server/db/ids";
import type { SavedView } from "@/lib/schemas/views";

const MAX_VIEWS_PER_USER = 100;

function nameTaken(name: string): AppError {
  return new AppError("conflict", `You already have a view named "${name}".`, {
    fields: { name: ["is already used by another of your views"] },
  });
}

export function listSavedViews(owner: string): Promise<SavedView[]> {
  return withStore("saved_views.list", ({ db }) =>
    db
      .selectFrom("saved_view")
      .select(["id", "name", "search", "updated_at"])
      .where("owner_email", "=", owner)
      .orderBy("name")
      .execute()
      .then((rows) => rows.map((r) => ({ ...r, updated_at: Number(r.updated_at) }))),
  );
}

export function createSavedView(owner: string, name: string, search: string): Promise<SavedView> {
  return withStore("saved_views.create", async ({ db }) =>
    db.transaction().execute(async (tx) => {
      const mine = await tx
        .selectFrom("saved_view")
        .select(["name"])
        .where("owner_email", "=", owner)
        .execute();
      if (mine.some((v) => v.name === name)) throw nameTaken(name);
      if (mine.length >= MAX_VIEWS_PER_USER)
        throw new AppError("conflict", `At most ${MAX_VIEWS_PER_USER} saved views per user.`);
      const now = Date.now();
      const id = newId(now);
      await tx
        .insertInto("saved_view")
        .values({ id, owner_email: owner, name, search, created_at: now, updated_at: now })
        .execute();
      return { id, name, search, updated_at: now };
    }),
  );
}

export function renameSavedView(owner: string, id: string, name: string): Promise<SavedView> {
  return withStore("saved_views.rename", async ({ db }) =>
    db.transaction().execute(async (tx) => {
      const view = await tx
        .selectFrom("saved_view")
        .select(["id", "search"])
        .where("owner_email", "=", owner)
        .where("id", "=", id)
        .executeTakeFirst();
      if (!view) throw new AppError("not_found", "No saved view of yours has this id.");
      const clash = await tx
        .selectFrom("saved_view")
        .select("id")
        .where("owner_email", "=", owner)
        .where("name", "=", name)
        .where("id", "!=", id)
        .executeTakeFirst();
      if (clash) throw nameTaken(name);
      const now = Date.now();
      await tx
        .updateTable("saved_view")
        .set({ name, updated_at: now })
        .where("id", "=", id)
        .execute();
      return { id, name, search: view.search, updated_at: now };
    }),
  );
}

export function deleteSavedView(owner: string, id: string): Promise<void> {
  return withStore("saved_views.delete", async ({ db }) => {
    const result = await db
      .deleteFrom("saved_view")
      .where("owner_email", "=", owner)
      .where("id", "=", id)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0)
      throw new AppError("not_found", "No saved view of yours has this id.");
  });
}
