import { describe, expect, it } from "vitest";
import { renderHtml } from "~/components/testing/render-html";
import { Delta } from "./delta";

describe("Delta", () => {
  it("names the previous value in the analytics' wording", () => {
    const { html, missing } = renderHtml(
      "en",
      <Delta variant="detailed" current={125n} previous={100n} previousLabel="€1.00" />,
    );
    expect(missing).toEqual([]);
    expect(html).toBe(
      '<p class="mt-1 text-xs text-green-700"><span aria-hidden="true">▲ 25%</span>' +
        '<span class="sr-only">Up 25% from €1.00 in the previous period</span></p>',
    );
    expect(
      renderHtml("en", <Delta variant="detailed" current={10} previous={0} previousLabel="0" />)
        .html,
    ).toContain("Up from nothing in the previous period");
  });

  it("is short on the dashboard cards, and says when nothing came before", () => {
    expect(renderHtml("en", <Delta variant="compact" current={75} previous={100} />).html).toBe(
      '<span class="text-xs font-medium text-red-700"><span aria-hidden="true">▼ 25%</span>' +
        '<span class="sr-only">down 25% on the previous period</span></span>',
    );
    expect(renderHtml("en", <Delta variant="compact" current={0} previous={0} />).html).toBe(
      '<span class="text-xs text-zinc-600">Nothing earlier to compare</span>',
    );
  });
});
