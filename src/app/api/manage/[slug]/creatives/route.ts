import { createContext } from "~/server/api/context";
import { handleCreativeUpload } from "~/server/http/creative-upload";

/** Uploads are multipart, which tRPC does not carry: see handleCreativeUpload. */
export async function POST(request: Request, context: { params: Promise<{ slug: string }> }) {
  const ctx = await createContext(request.headers);
  return handleCreativeUpload(request, ctx, (await context.params).slug);
}
