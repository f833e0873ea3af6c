import type { RouteHandler } from "../types";

// Placeholder until the conversion API lands.
export const handleCreateRefund: RouteHandler = async (_req, res) => {
  res.writeHead(501).end();
};
