import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

type Operation = { responses: Record<string, unknown>; requestBody?: unknown };
type Paths = Record<string, { post: Operation }>;

describe("openApiDocument", () => {
  const doc = JSON.parse(JSON.stringify(openApiDocument)) as {
    openapi: string;
    paths: Paths;
    components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
  };

  it("is OpenAPI 3.1 and plain JSON", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("documents both endpoints with every answer", () => {
    const conversions = doc.paths["/api/v1/conversions"]!.post;
    const refunds = doc.paths["/api/v1/conversions/{id}/refunds"]!.post;
    expect(Object.keys(conversions.responses).sort()).toEqual(
      ["200", "201", "401", "409", "413", "422"].sort(),
    );
    expect(Object.keys(refunds.responses).sort()).toEqual(
      ["200", "201", "401", "404", "409", "413", "422"].sort(),
    );
  });

  it("has no dangling $ref", () => {
    const text = JSON.stringify(doc);
    for (const [, kind, name] of text.matchAll(/"#\/components\/(\w+)\/(\w+)"/g)) {
      const section = (doc.components as Record<string, Record<string, unknown>>)[kind!];
      expect(section?.[name!], `${kind}/${name}`).toBeDefined();
    }
  });
});
