import type { Readable } from "node:stream";

/**
 * Reads a text stream line by line, on demand, so a caller can hand one table's lines to a
 * COPY and then go on with the next table from the same stream.
 */
export class LineReader {
  private readonly chunks: AsyncIterator<string>;
  private buffer = "";
  /** Where the unread part of `buffer` starts (slicing per line would copy a chunk per line). */
  private position = 0;
  private done = false;

  constructor(stream: Readable) {
    stream.setEncoding("utf8");
    this.chunks = stream[Symbol.asyncIterator]() as AsyncIterator<string>;
  }

  /** The next line without its newline; null at the end of the stream. */
  async next(): Promise<string | null> {
    for (;;) {
      const newline = this.buffer.indexOf("\n", this.position);
      if (newline >= 0) {
        const line = this.buffer.slice(this.position, newline);
        this.position = newline + 1;
        return line;
      }
      const rest = this.buffer.slice(this.position);
      this.position = 0;
      if (this.done) {
        this.buffer = "";
        return rest === "" ? null : rest;
      }
      const chunk = await this.chunks.next();
      if (chunk.done) {
        this.done = true;
        this.buffer = rest;
      } else {
        this.buffer = rest + chunk.value;
      }
    }
  }
}
