# oncelink backend: the production steps that tests/integration/production-build.test.ts runs,
# in two stages. Not built on the development machines (they have no Docker engine); the test
# checks the same steps without Docker. See docs/deploy.md.
#
#   docker build -t oncelink .
#   docker run -p 8787:8787 -e PUBLIC_URL=https://once.example.com \
#     -e DATABASE_URL=postgres://oncelink:…@db/oncelink -e TRUST_PROXY=1 oncelink

# ── build: all dependencies, then the server bundle and the recipient page ──────────────────
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY . .
RUN npm ci --no-audit --no-fund
# The browser extension's zips are not part of the server image: `npm run build` (or
# `ONCELINK_SERVER=https://once.example.com npm run build:ext`) makes them for the stores.
RUN npm run build:page && npm run build:server

# ── runtime: production dependencies only, the built output, no compilers ──────────────────
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8787 \
    DATA_DIR=/data/pglite
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /src/dist/server ./dist/server
COPY --from=build /src/dist/page ./dist/page
# Embedded PGlite keeps its data here when DATABASE_URL is unset (one instance only).
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 8787
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8787) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM drains requests in flight (SHUTDOWN_GRACE), then exits 0.
CMD ["node", "dist/server/main.js"]
