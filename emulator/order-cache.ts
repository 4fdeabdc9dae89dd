// Remembers, per filter + sort, the ordered ids of every matching image. Paging is then a
// slice instead of COUNT(*) plus an OFFSET scan, so a deep page of a 100k library costs the
// same as page 1 of a small one. Writes drop only the entries they can change.
import type { LibraryName } from "@/lib/finerworks/schemas";
import type { ListFilter } from "./records";

interface Entry {
  library: LibraryName;
  /** Depends on title/description (title sort or a search): invalidated by text edits. */
  textDependent: boolean;
  ids: number[];
}

const MAX_ENTRIES = 32;

export class OrderCache {
  private readonly entries = new Map<string, Entry>();

  get(filter: ListFilter): number[] | undefined {
    const key = JSON.stringify(filter);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Re-insert to keep Map order = least recently used first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.ids;
  }

  set(filter: ListFilter, ids: number[]): void {
    const key = JSON.stringify(filter);
    this.entries.set(key, {
      library: filter.library,
      textDependent: filter.sortField === "title" || filter.search !== null,
      ids,
    });
    while (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  /** After rows of `library` were added, removed or changed in any sortable/filterable field. */
  invalidateLibrary(library: LibraryName): void {
    for (const [key, entry] of this.entries)
      if (entry.library === library) this.entries.delete(key);
  }

  /** After only titles/descriptions changed in `library`. */
  invalidateText(library: LibraryName): void {
    for (const [key, entry] of this.entries) {
      if (entry.library === library && entry.textDependent) this.entries.delete(key);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
