import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import {
  conversionInputSchema,
  refundInputSchema,
} from "~/server/services/conversions/conversion-input";
import type { RefundView } from "~/server/services/conversions/record-refund";
import { webhookEventTypes } from "~/server/services/webhooks/events";
import { documentedSchemas, openApiDocument } from "./openapi";
import type { refundViewSchema } from "./openapi-schemas";

type Json = Record<string, unknown>;
type Operation = {
  parameters?: Json[];
  requestBody?: { content: Record<string, { schema: { $ref: string } }> };
  responses: Record<string, Json>;
};

const doc = JSON.parse(JSON.stringify(openApiDocument)) as {
  openapi: string;
  info: Json;
  paths: Record<string, Record<string, Operation>>;
  webhooks: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, Json>;
    parameters: Record<string, Json>;
    securitySchemes: Record<string, Json>;
  };
};

/** The value a local JSON pointer (`#/a/b`) names, or undefined. */
function resolve(pointer: string): unknown {
  if (!pointer.startsWith("#/")) return undefined;
  let node: unknown = doc;
  for (const raw of pointer.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!node || typeof node !== "object" || !(key in node)) return undefined;
    node = (node as Json)[key];
  }
  return node;
}

type Found = { path: string[]; value: unknown; owner: Json };

/** Every value under a key named `key`, with where it is and the object holding it. */
function findAll(key: string, node: unknown = doc, path: string[] = []): Found[] {
  if (!node || typeof node !== "object") return [];
  const found: Found[] = [];
  for (const [name, value] of Object.entries(node)) {
    if (name === key) found.push({ path: [...path, name], value, owner: node as Json });
    // An example's own fields are data, not document structure.
    else if (name !== "example" && name !== "examples") {
      found.push(...findAll(key, value, [...path, name]));
    }
  }
  return found;
}

/**
 * Every example the document shows, each with the zod schema it claims to follow: a
 * component's own `examples`, a parameter's `example`, and the `example`/`examples` of a
 * request or response body (by the component its `schema` refers to).
 */
function documentedExamples(): { where: string; value: unknown; schema: z.ZodType }[] {
  const out: { where: string; value: unknown; schema: z.ZodType }[] = [];
  for (const { path, value, owner } of [...findAll("example"), ...findAll("examples")]) {
    const where = path.join(".");
    const [first, second, name] = path;
    if (first === "components" && second === "schemas" && path.length === 4) {
      const schema = documentedSchemas.schemas[name!];
      expect(schema, where).toBeDefined();
      expect(Array.isArray(value), where).toBe(true);
      for (const example of value as unknown[])
        out.push({ where, value: example, schema: schema! });
    } else if (first === "components" && second === "parameters" && path.length === 4) {
      const schema = documentedSchemas.parameters[name!];
      expect(schema, where).toBeDefined();
      out.push({ where, value, schema: schema! });
    } else if (path.at(-2) === "application/json") {
      const target = (owner.schema as { $ref?: string } | undefined)?.$ref ?? "";
      const schema = documentedSchemas.schemas[target.replace("#/components/schemas/", "")];
      expect(schema, `${where} documents ${target}`).toBeDefined();
      const values =
        path.at(-1) === "example"
          ? [value]
          : Object.values(value as Record<string, { value: unknown }>).map((named) => named.value);
      for (const example of values) out.push({ where, value: example, schema: schema! });
    } else {
      throw new Error(`${where}: an example in a place this test does not check`);
    }
  }
  return out;
}

describe("openApiDocument", () => {
  it("is plain JSON (no undefined left behind by a missing example or description)", () => {
    expect(doc).toStrictEqual(openApiDocument);
  });

  it("is OpenAPI 3.1 with paths, webhooks and components", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/api/v1/conversions",
      "/api/v1/conversions/{id}/refunds",
    ]);
    expect(Object.keys(doc.webhooks).sort()).toEqual([...webhookEventTypes].sort());
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: "http", scheme: "bearer" });
    expect(Object.keys(doc.components.schemas).sort()).toEqual(
      Object.keys(documentedSchemas.schemas).sort(),
    );
    for (const schema of Object.values(doc.components.schemas)) {
      // Components are named by their key; a JSON Schema $id or dialect would confuse tools.
      expect(schema).not.toHaveProperty("$id");
      expect(schema).not.toHaveProperty("$schema");
    }
  });

  it("documents every answer of both endpoints", () => {
    const conversions = doc.paths["/api/v1/conversions"]!.post!;
    const refunds = doc.paths["/api/v1/conversions/{id}/refunds"]!.post!;
    expect(Object.keys(conversions.responses).sort()).toEqual(
      ["200", "201", "401", "409", "413", "422", "429", "503"].sort(),
    );
    expect(Object.keys(refunds.responses).sort()).toEqual(
      ["200", "201", "401", "404", "409", "413", "422", "429", "503"].sort(),
    );
    for (const operation of [conversions, refunds]) {
      expect(operation.parameters).toContainEqual({
        $ref: "#/components/parameters/RallySignature",
      });
      for (const [status, answer] of Object.entries(operation.responses)) {
        const body = (answer.content as Record<string, { schema: unknown }>)["application/json"];
        const expected =
          Number(status) >= 400 ? "Error" : expect.stringMatching(/Conversion|Refund/);
        expect(body?.schema, status).toEqual({
          $ref: expect.stringContaining("#/components/schemas/"),
        });
        expect((body?.schema as { $ref: string }).$ref.split("/").at(-1)).toEqual(expected);
      }
    }
  });

  it("documents each webhook with its payload and the signed delivery headers", () => {
    for (const type of webhookEventTypes) {
      const post = doc.webhooks[type]!.post!;
      expect(post.requestBody!.content["application/json"]!.schema.$ref).toMatch(
        /^#\/components\/schemas\/\w+Event$/,
      );
      expect(post.parameters).toContainEqual({ $ref: "#/components/parameters/WebhookSignature" });
      expect(post.parameters).toContainEqual(
        expect.objectContaining({ name: "Rally-Event", in: "header", required: true }),
      );
      expect(Object.keys(post.responses)).toEqual(["2XX"]);
    }
    expect(doc.components.parameters.WebhookSignature).toMatchObject({
      name: "Rally-Signature",
      in: "header",
      required: true,
    });
  });

  it("has no $ref that does not resolve", () => {
    const refs = findAll("$ref");
    expect(refs.length).toBeGreaterThan(10);
    for (const { path, value } of refs) {
      expect(resolve(value as string), `${path.join(".")} → ${String(value)}`).toBeDefined();
    }
  });

  it("shows only examples that the zod schemas they document accept", () => {
    const examples = documentedExamples();
    // Each request, answer, error and webhook body shows one at least.
    expect(examples.length).toBeGreaterThanOrEqual(25);
    for (const { where, value, schema } of examples) {
      const parsed = schema.safeParse(value);
      expect(parsed.error?.issues, where).toBeUndefined();
    }
  });

  it("documents the constraints the request schemas enforce", () => {
    const request = doc.components.schemas.ConversionRequest!.properties as Record<string, Json>;
    const externalId = conversionInputSchema.shape.external_id;
    // external_id is trimmed, then must be 1 to 200 characters: the bounds are published as is.
    expect(externalId.parse("  order-1  ")).toBe("order-1");
    expect(externalId.safeParse("   ").success).toBe(false);
    expect(request.external_id).toMatchObject({
      type: "string",
      minLength: externalId.minLength,
      maxLength: externalId.maxLength,
    });
    expect(externalId.minLength).toBe(1);
    expect(request.external_id!.description).toBe(externalId.meta()?.description);

    const refund = doc.components.schemas.RefundRequest!;
    const amount = refundInputSchema.shape.amount;
    expect(refund).toMatchObject({
      additionalProperties: false,
      required: ["refund_id", "amount"],
    });
    expect((refund.properties as Record<string, Json>).amount).toMatchObject({
      type: "integer",
      minimum: amount.minValue,
    });
    expect(amount.minValue).toBe(1);
  });

  it("describes the refund answer with the fields record-refund.ts builds", () => {
    type Documented = z.output<typeof refundViewSchema>;
    expectTypeOf<Documented>().toExtend<RefundView>();
    expectTypeOf<keyof Documented>().toEqualTypeOf<keyof RefundView>();
    expectTypeOf<keyof Documented["reversals"][number]>().toEqualTypeOf<
      keyof RefundView["reversals"][number]
    >();
  });
});
