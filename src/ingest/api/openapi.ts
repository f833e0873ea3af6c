/** The OpenAPI document of the conversion API, served at /api/openapi.json. */
export const openApiDocument: Record<string, unknown> = { openapi: "3.1.0" };
