import { describe, expect, it } from "vitest";
import { subIdFrom } from "./sub-id";

describe("subIdFrom", () => {
  it("takes the first non-empty of sub, sub1 … sub5", () => {
    expect(subIdFrom("sub=spring")).toBe("spring");
    expect(subIdFrom("sub=&sub1=&sub2=footer&sub3=x")).toBe("footer");
    expect(subIdFrom("sub5=last&sub1=first")).toBe("first");
    expect(subIdFrom("sub6=no&subid=no")).toBeNull();
    expect(subIdFrom("")).toBeNull();
  });

  it("ignores every other parameter", () => {
    expect(subIdFrom("url=https://evil.com&redirect=//evil.com")).toBeNull();
    expect(subIdFrom("url=https://evil.com&sub=ok")).toBe("ok");
  });

  it("keeps printable text only, cut to 100 characters", () => {
    expect(subIdFrom("sub=news%0D%0Aletter%00")).toBe("newsletter");
    expect(subIdFrom("sub=%E2%80%AEevil")).toBe("evil");
    expect(subIdFrom("sub=%0A%09&sub1=next")).toBe("next");
    expect(subIdFrom(`sub=${"a".repeat(150)}`)).toBe("a".repeat(100));
    expect(subIdFrom(`sub=${"😀".repeat(120)}`)).toBe("😀".repeat(100));
    expect(subIdFrom("sub=zi%C3%B3%C5%82ko+m%C3%B3j")).toBe("ziółko mój");
  });
});
