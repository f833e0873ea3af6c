import { describe, expect, it } from "vitest";
import { createEndpointGate } from "./endpoint-gate";

describe("endpoint gate", () => {
  it("lets `limit` deliveries per endpoint through at once, independently per endpoint", () => {
    const gate = createEndpointGate(2);
    const first = gate.tryEnter("slow");
    const second = gate.tryEnter("slow");
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    expect(gate.tryEnter("slow")).toBeNull();
    expect(gate.tryEnter("fast")).not.toBeNull();
    first!();
    first!();
    expect(gate.tryEnter("slow")).not.toBeNull();
    expect(gate.tryEnter("slow")).toBeNull();
  });
});
