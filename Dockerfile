# syntax=docker/dockerfile:1
# Production image: `next build` in one stage, `next start` as the non-root `node` user in the next.

FROM node:20.20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
# The newsroom plugin is an npm workspace: npm ci links it, so its manifest comes first.
COPY plugins/newsroom/package.json plugins/newsroom/
RUN npm ci
COPY . .
# `next build` imports payload.config.ts, which throws in production without PAYLOAD_SECRET and
# picks the database adapter from DATABASE_URI. Build-only placeholders: ARGs of this stage never
# reach the runtime image. The mongodb URI keeps the build off SQLite (no data/ file); mongoose
# connects only when Payload initialises, which the build never does (every route is dynamic).
ARG PAYLOAD_SECRET=build-only-placeholder-not-a-secret
ARG DATABASE_URI=mongodb://build-placeholder:27017/build
RUN npm run build \
  && npm prune --omit=dev \
  && rm -rf .next/cache

FROM node:20.20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    MEDIA_DIR=/app/media
# Sources come along so that `npm run reset-link -- <email>` works in the container (tsx is a
# dependency of payload). Files stay root-owned; the app writes only to these directories
# (data/ is the SQLite fallback when DATABASE_URI is unset).
COPY --from=build /app ./
RUN mkdir -p media data .next/cache && chown node:node media data .next/cache
USER node
EXPOSE 3000
# Healthy once it can serve: database reachable, migrations applied, jobs queue running if it should.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Next itself as PID 1, not npm, so that `docker stop`'s SIGTERM reaches it.
CMD ["node_modules/.bin/next", "start"]
