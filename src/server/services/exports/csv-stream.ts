import { toCsv, type CsvCell } from "~/lib/csv";

const encoder = new TextEncoder();

/**
 * Rows in CSV without a header line: toCsv always writes its header first, and an empty one
 * is exactly "\r\n", so dropping two characters leaves the rows, escaped and neutralised by
 * the same code as every other export.
 */
export function csvRows(rows: readonly (readonly CsvCell[])[]): string {
  return toCsv([], rows).slice(2);
}

/**
 * A CSV download streamed page by page: the byte-order mark (Excel then reads UTF-8: Polish
 * and Russian names) and the header first, then each page as the client reads. Pages are
 * pulled on demand, so a slow client slows the queries down instead of the server buffering
 * the table; a failing page errors the stream, so a download can never look complete when it
 * is not; a client going away stops the reading.
 */
export function csvStream(
  header: readonly string[],
  pages: AsyncGenerator<CsvCell[][]>,
): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${toCsv(header, [])}`));
    },
    // Each pull must enqueue or close: a pull that adds nothing is not called again, so an
    // empty page (a filter that skipped a whole page) reads on to the next one.
    async pull(controller) {
      for (;;) {
        const page = await pages.next();
        if (page.done) {
          controller.close();
          return;
        }
        if (page.value.length > 0) {
          controller.enqueue(encoder.encode(csvRows(page.value)));
          return;
        }
      }
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}
