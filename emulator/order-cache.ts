// Remembers, per filter + sort, the ordered ids of every matching image. Paging is then a
// slice instead of COUNT(*) plus an OFFSET scan, so a deep page of a 100k library costs the
// same as page 1 of a small one. Writes drop only the entries they can change.
import type { LibraryName } from "@/lib/schemas/finerworks";
import { BoundedLru } from "@/lib/lru";
import type { ListFilter } from "./records";

interface Entry {
  library: LibraryName;
  /** Depends on title/description (title sort or a search): invalidated by text edits. */
  textDependent: boolean;
  ids: number[];
}

const MAX_ENTRIES = 32;

export class OrderCache {
  private readonly entries = new BoundedLru<string, Entry>(MAX_ENTRIES);

  get(filter: ListFilter): number[] | undefined {
    return this.entries.get(JSON.stringify(filter))?.ids;
  }

  set(filter: ListFilter, ids: number[]): void {
    this.entries.set(JSON.stringify(filter), {
      library: filter.library,
      textDependent: filter.sortField === "title" || filter.search !== null,
      ids,
    });
  }

  /** After rows of `library` were added, removed or changed in any sortable/filterable field. */
  invalidateLibrary(library: LibraryName): void {
    this.entries.deleteWhere((entry) => entry.library === library);
  }

  /** After only titles/descriptions changed in `library`. */
  invalidateText(library: LibraryName): void {
    this.entries.deleteWhere((entry) => entry.library === library && entry.textDependent);
  }

  clear(): void {
    this.entries.clear();
  }
}
