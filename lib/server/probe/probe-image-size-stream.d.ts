// The stream-only entry of probe-image-size: the package's root also carries an HTTP client,
// which must never fetch user URLs around the guarded fetcher.
declare module "probe-image-size/stream.js" {
  import type { ProbeResult } from "probe-image-size";
  function probeStream(source: NodeJS.ReadableStream, keepOpen?: boolean): Promise<ProbeResult>;
  export default probeStream;
}
