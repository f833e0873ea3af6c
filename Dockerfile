# syntax=docker/dockerfile:1
#
# One image for every Rally process; the command picks which:
#   docker run rally                                  web app (port 3000)
#   docker run rally node dist/ingest.mjs             ingest server (port 3001)
#   docker run rally node dist/worker.mjs             worker (health and metrics on 3002)
#   docker run rally node dist/rally.mjs migrate      schema migration, then exit
# docker-compose.yml runs them together; .env.example lists the settings.

ARG NODE_IMAGE=node:20-bookworm-slim

# Every dependency, dev tools included: the build needs them.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# The runtime serves .next/ with the production node_modules, so Next's standalone copy and
# its build cache are left behind.
RUN npm run build && rm -rf .next/cache .next/standalone

# What production runs with: no compilers, test tools or tsx.
FROM ${NODE_IMAGE} AS production-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    INGEST_PORT=3001 \
    WORKER_METRICS_PORT=3002 \
    STORAGE_DIR=/var/lib/rally/storage \
    SPOOL_DIR=/var/lib/rally/spool
WORKDIR /app
# A fixed uid, so a host folder mounted for backups can be given to it (chown 10001).
# The code stays root's and read-only to the app; it writes only to its data folders and to
# Next's cache. Named volumes mounted on the data folders take their ownership from here.
RUN groupadd --system --gid 10001 rally \
 && useradd --system --uid 10001 --gid rally --home-dir /var/lib/rally --shell /usr/sbin/nologin rally \
 && mkdir -p /var/lib/rally/storage /var/lib/rally/spool \
 && chown -R rally:rally /var/lib/rally
COPY --from=production-deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/dist ./dist
COPY --from=build /app/.next ./.next
COPY --from=build /app/public ./public
COPY --from=build /app/drizzle ./drizzle
RUN mkdir -p .next/cache && chown rally:rally .next/cache
USER rally
EXPOSE 3000 3001 3002
# The web app's check (the image's default command); compose gives the ingest server and the
# worker their own. Node's fetch, since the slim image has no curl or wget.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/web.mjs"]
