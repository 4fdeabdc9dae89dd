// The record of API calls tests assert on. Keys are never stored: only method, path,
// parsed body and the status sent. Bounded so a long bench run cannot grow it forever.
import type { LoggedRequest } from "./types";

const MAX_ENTRIES = 10_000;

export class RequestLog {
  private entries: LoggedRequest[] = [];
  private nextSeq = 1;

  /** Adds an entry with status 0; the caller sets the status once an answer is sent. */
  start(method: string, path: string, endpoint: string | null): LoggedRequest {
    const entry: LoggedRequest = {
      seq: this.nextSeq++,
      at: new Date().toISOString(),
      method,
      path,
      endpoint,
      body: null,
      status: 0,
    };
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES)
      this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    return entry;
  }

  /** Copies, so callers cannot change the log; `since` keeps entries after that seq. */
  list(since = 0): LoggedRequest[] {
    return this.entries.filter((e) => e.seq > since).map((e) => ({ ...e }));
  }

  clear(): void {
    this.entries = [];
  }
}
