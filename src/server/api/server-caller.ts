import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { createContext } from "./context";
import { createCaller } from "./root";

/** tRPC for server components: the same procedures, the same authorization, no HTTP hop. */
export const api = cache(async () => createCaller(await createContext(await headers())));
