import "server-only";
import { Readable } from "node:stream";

/**
 * A request body as a Node stream that is safe to abandon. Next.js feeds a route's body stream
 * from the socket without a cancel handler: cancelling it mid-transfer (what Readable.fromWeb
 * does when a refused upload is destroyed) makes Next enqueue into a closed stream, an
 * uncaughtException that resets the connection. So a destroyed body is never cancelled: the
 * rest is read and dropped, the client gets its 4xx and the connection stays usable.
 */
export function abandonableBody(body: ReadableStream<Uint8Array>): Readable {
  const reader = body.getReader();
  return new Readable({
    read() {
      reader.read().then(
        ({ done, value }) => {
          if (this.destroyed) return;
          this.push(done ? null : Buffer.from(value.buffer, value.byteOffset, value.byteLength));
        },
        (error: Error) => this.destroy(error),
      );
    },
    destroy(error, callback) {
      void drain(reader);
      callback(error);
    },
  });
}

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  try {
    for (;;) if ((await reader.read()).done) return;
  } catch {
    // the connection is gone: nothing is left to drop
  }
}
