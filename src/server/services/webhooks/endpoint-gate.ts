/**
 * At most `limit` deliveries to one endpoint at a time in this process. A receiver that is
 * slow or never answers then holds `limit` delivery slots (each for at most the send
 * timeout), never all of them: deliveries to every other endpoint keep flowing.
 */
export type EndpointGate = {
  /** A release function when a slot was free, else null (the caller defers the delivery). */
  tryEnter(endpointId: string): (() => void) | null;
};

export function createEndpointGate(limit: number): EndpointGate {
  const inFlight = new Map<string, number>();
  return {
    tryEnter(endpointId) {
      const n = inFlight.get(endpointId) ?? 0;
      if (n >= limit) return null;
      inFlight.set(endpointId, n + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (inFlight.get(endpointId) ?? 1) - 1;
        if (left <= 0) inFlight.delete(endpointId);
        else inFlight.set(endpointId, left);
      };
    },
  };
}
