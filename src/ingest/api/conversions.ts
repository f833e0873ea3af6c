import { touchApiKey } from "~/server/services/api-keys/verify-api-key";
import { conversionInputSchema, fieldErrors } from "~/server/services/conversions/conversion-input";
import { conversionWriterFor } from "~/server/services/conversions/conversion-writer";
import { recordConversion } from "~/server/services/conversions/record-conversion";
import type { RouteHandler } from "../types";
import { parseJsonObject, verifiedRequest } from "./authenticate";
import { answer, invalidRequest } from "./respond";

/**
 * POST /api/v1/conversions: 201 with the new conversion, 200 with the stored one for the same
 * request again. Every check (key, size, signature, body) happens before anything is written.
 * Conversions are written in group commits (conversion-writer.ts); each answer waits for its own.
 */
export const handleCreateConversion: RouteHandler = (req, res, { db, apiKeys, dbWaitMs }) =>
  answer(
    res,
    async () => {
      const { key, raw } = await verifiedRequest(req, db, apiKeys);
      const parsed = conversionInputSchema.safeParse(parseJsonObject(raw));
      if (!parsed.success) throw invalidRequest(fieldErrors(parsed.error.issues));
      if (parsed.data.currency !== key.program.currency) {
        throw invalidRequest({
          currency: `must be ${key.program.currency}, the program's currency`,
        });
      }
      await touchApiKey(db, key);
      const writer = conversionWriterFor(db);
      const result = await recordConversion({ db, program: key.program, writer }, parsed.data);
      return { status: result.created ? 201 : 200, body: result.conversion };
    },
    dbWaitMs,
  );
