// One error type for every way a FinerWorks call can fail. It never carries request headers,
// so the API keys cannot leak through a thrown error.

export type FinerWorksErrorKind = "timeout" | "network" | "http" | "malformed" | "refused";

export interface FinerWorksErrorDetails {
  kind: FinerWorksErrorKind;
  endpoint: string;
  httpStatus?: number;
  upstreamMessage?: string;
  referenceId?: string;
  fields?: Record<string, string[]>;
}

export class FinerWorksError extends Error {
  override readonly name = "FinerWorksError";
  readonly kind: FinerWorksErrorKind;
  readonly endpoint: string;
  readonly httpStatus: number | undefined;
  readonly upstreamMessage: string | undefined;
  readonly referenceId: string | undefined;
  readonly fields: Record<string, string[]> | undefined;

  constructor(details: FinerWorksErrorDetails) {
    super(describe(details));
    this.kind = details.kind;
    this.endpoint = details.endpoint;
    this.httpStatus = details.httpStatus;
    this.upstreamMessage = details.upstreamMessage;
    this.referenceId = details.referenceId;
    this.fields = details.fields;
  }

  /** Network failures, timeouts and 5xx answers may succeed on a second try. */
  get retryable(): boolean {
    return (
      this.kind === "network" ||
      this.kind === "timeout" ||
      (this.kind === "http" && (this.httpStatus ?? 0) >= 500)
    );
  }
}

function describe(d: FinerWorksErrorDetails): string {
  const where = `FinerWorks ${d.endpoint}`;
  const ref = d.referenceId ? ` (reference ${d.referenceId})` : "";
  switch (d.kind) {
    case "timeout":
      return `${where} did not answer in time${ref}`;
    case "network":
      return `${where} could not be reached${ref}`;
    case "malformed":
      return `${where} sent an answer that could not be read${ref}`;
    case "refused":
      return `${where} refused the request: ${d.upstreamMessage || "no reason given"}${ref}`;
    case "http":
      return `${where} answered HTTP ${d.httpStatus ?? "?"}${d.upstreamMessage ? `: ${d.upstreamMessage}` : ""}${ref}`;
  }
}

export function isFinerWorksError(error: unknown): error is FinerWorksError {
  return error instanceof FinerWorksError;
}
