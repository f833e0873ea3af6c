import { z } from "zod";
import { touchApiKey } from "~/server/services/api-keys/verify-api-key";
import { fieldErrors, refundInputSchema } from "~/server/services/conversions/conversion-input";
import { recordRefund } from "~/server/services/conversions/record-refund";
import type { RouteHandler } from "../types";
import { parseJsonObject, verifiedRequest } from "./authenticate";
import { ApiError, answer, invalidRequest } from "./respond";

/**
 * POST /api/v1/conversions/{id}/refunds, where {id} is Rally's conversion id (as returned when
 * the conversion was recorded), not the merchant's external id: external ids are unique only
 * per conversion type, so they would not name one conversion. 201 for a new refund, 200 for
 * the same refund again.
 */
export const handleCreateRefund: RouteHandler = (req, res, { db, apiKeys, dbWaitMs }, params) =>
  answer(
    res,
    async () => {
      const { key, raw } = await verifiedRequest(req, db, apiKeys);
      const conversionId = params.id ?? "";
      if (!z.uuid().safeParse(conversionId).success) {
        throw new ApiError("NOT_FOUND", "not_found", "No such conversion in this program.");
      }
      const parsed = refundInputSchema.safeParse(parseJsonObject(raw));
      if (!parsed.success) throw invalidRequest(fieldErrors(parsed.error.issues));
      await touchApiKey(db, key);
      const result = await recordRefund({ db, program: key.program }, conversionId, parsed.data);
      return { status: result.created ? 201 : 200, body: result.refund };
    },
    dbWaitMs,
  );
