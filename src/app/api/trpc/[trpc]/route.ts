import { handleTrpcRequest } from "~/server/http/trpc-endpoint";

/** Same-origin, JSON and size rules for mutations: see handleTrpcRequest. */
export { handleTrpcRequest as GET, handleTrpcRequest as POST };
