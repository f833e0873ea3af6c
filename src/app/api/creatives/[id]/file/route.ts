import { createContext } from "~/server/api/context";
import { serveCreativeFile } from "~/server/http/creative-file";

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const ctx = await createContext(request.headers);
  return serveCreativeFile(request, ctx, (await context.params).id, "file");
}
