// @vitest-environment happy-dom
import { QueryClient } from "@tanstack/react-query";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ImageDetails } from "@/lib/schemas/finerworks";
import { loadDraft } from "@/lib/editing/drafts";
import { getEditSession, setEditSession } from "@/lib/editing/edit-sessions";
import { imageKeys } from "@/lib/resources/image-keys";
import { imageTextMutationKey } from "@/lib/queries/image-save-state";
import type { ImageListResponse } from "@/lib/schemas/image-list";
import { imageQuerySchema } from "@/lib/schemas/image-query";
import { dismissToast, getToasts } from "@/components/ui/toast-store";
import { saveImageText } from "./save-image-text";

const GUID = "aaaaaaaa-0000-4000-8000-000000000001";
const ENTRY = "0190f000-0000-7000-8000-000000000abc";
const key = imageKeys.list(imageQuerySchema.parse({}));
const before = { title: "Old", description: "Old description" };
const after = { title: "New", description: "Old description" };

function client(): QueryClient {
  const qc = new QueryClient();
  const image = { guid: GUID, ...before } as ImageDetails;
  qc.setQueryData<ImageListResponse>(key, {
    images: [image],
    page_number: 1,
    per_page: 24,
    count: 1,
  });
  return qc;
}
const titleIn = (qc: QueryClient) => qc.getQueryData<ImageListResponse>(key)?.images[0]?.title;

function answer(status: number, body: unknown) {
  return vi.fn<typeof fetch>().mockResolvedValue(new Response(JSON.stringify(body), { status }));
}

describe("saveImageText", () => {
  beforeEach(() => {
    localStorage.clear();
    setEditSession(GUID, undefined);
    getToasts().forEach((t) => dismissToast(t.id));
  });
  afterEach(() => vi.unstubAllGlobals());

  it("shows the new text before the request answers, then Saved and an Undo toast", async () => {
    const fetchMock = answer(200, { images: [{ guid: GUID, ...after, activity_id: ENTRY }] });
    vi.stubGlobal("fetch", fetchMock);
    const qc = client();
    const saving = saveImageText(qc, {
      guid: GUID,
      text: after,
      expected: before,
      focus: "title",
      removedProducts: 0,
    });
    // Synchronously, in the same task as the key press: the cache, and the mutation in flight.
    expect(titleIn(qc)).toBe("New");
    expect(getEditSession(GUID)).toBeUndefined();
    const inFlight = qc.getMutationCache().findAll({ mutationKey: imageTextMutationKey });
    expect(inFlight.map((m) => [m.state.status, m.state.variables])).toEqual([
      ["pending", [{ guid: GUID, text: after, expected: before }]],
    ]);

    await expect(saving).resolves.toBe(true);
    expect(inFlight[0]?.state.status).toBe("success");
    expect(loadDraft(GUID)).toBeNull();
    const toast = getToasts().at(-1)!;
    expect(toast.message).toBe("Saved “New”.");
    expect(toast.action?.label).toBe("Undo");

    // Undo sends the old text back, expecting what was just saved, as a restore of that entry.
    fetchMock.mockResolvedValueOnce(
      new Response(JSON.stringify({ images: [{ guid: GUID, ...before }] }), { status: 200 }),
    );
    toast.action?.onAction();
    await vi.waitFor(() => expect(getToasts().at(-1)?.message).toBe("Restored the previous text."));
    const undoBody = JSON.parse(fetchMock.mock.calls[1]![1]!.body as string) as unknown;
    expect(undoBody).toEqual({
      images: [{ guid: GUID, ...before, expected: after, restore_of: ENTRY }],
    });
  });

  it("says the products are gone and Undo will not bring them back", async () => {
    vi.stubGlobal("fetch", answer(200, { images: [{ guid: GUID, ...after }] }));
    await saveImageText(client(), {
      guid: GUID,
      text: after,
      expected: before,
      focus: "title",
      removedProducts: 3,
    });
    expect(getToasts().at(-1)?.detail).toBe(
      "3 products removed by FinerWorks. Undo restores the text, not the products.",
    );
  });

  it("on failure puts the old text back and keeps the draft with the error, ready to retry", async () => {
    vi.stubGlobal(
      "fetch",
      answer(502, {
        error: { code: "upstream_error", message: "FinerWorks failed.", reference_id: "REF-9" },
      }),
    );
    const qc = client();
    await expect(
      saveImageText(qc, {
        guid: GUID,
        text: after,
        expected: before,
        focus: "title",
        removedProducts: 2,
      }),
    ).resolves.toBe(false);
    expect(titleIn(qc)).toBe("Old");
    expect(getEditSession(GUID)).toMatchObject({
      phase: "failed",
      text: after,
      base: before,
      error: { message: "FinerWorks failed.", referenceId: "REF-9" },
      confirmedRemoval: true,
    });
    expect(loadDraft(GUID)).toMatchObject({
      text: after,
      base: before,
      failure: { referenceId: "REF-9" },
    });
  });

  it("on a 409 opens the conflict with the current text and writes nothing", async () => {
    const current = { title: "Theirs", description: "Their description" };
    vi.stubGlobal(
      "fetch",
      answer(409, {
        error: { code: "conflict", message: "Changed.", current: { guid: GUID, ...current } },
      }),
    );
    const qc = client();
    await saveImageText(qc, {
      guid: GUID,
      text: after,
      expected: before,
      focus: "description",
      removedProducts: 0,
    });
    expect(getEditSession(GUID)).toMatchObject({
      phase: "conflict",
      current,
      text: after,
      focus: "description",
    });
    expect(titleIn(qc)).toBe("Old");
    expect(loadDraft(GUID)?.failure).toBeUndefined();
  });
});
