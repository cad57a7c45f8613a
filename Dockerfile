# govforms HTTP service (@govforms/server, `govforms serve`), see docs/server.md.
#
#   docker build -t govforms-server .
#   docker run --rm -p 8080:8080 -e GOVFORMS_TOKEN=… govforms-server
#
# Two stages: `build` installs every dependency and builds the packages (forms/, locales/ and
# templates/ are bundled into the packages' dist files at build time); `runtime` holds only what
# `govforms serve` runs: the built core, docx, xlsx, server and cli packages and their production
# dependencies. No forms/, templates/ or locales/ folder is read at run time.

FROM node:20-bookworm-slim AS build
WORKDIR /src
# The manifests first, so that `npm ci` is cached while only sources change.
# A new package under packages/ needs its package.json listed here.
COPY package.json package-lock.json ./
COPY packages/core/package.json packages/core/
COPY packages/xlsx/package.json packages/xlsx/
COPY packages/docx/package.json packages/docx/
COPY packages/react/package.json packages/react/
COPY packages/embed/package.json packages/embed/
COPY packages/cli/package.json packages/cli/
COPY packages/server/package.json packages/server/
RUN npm ci --no-audit --no-fund
COPY . .
# The packages only: the playground (npm run build) is not needed by the service.
RUN node scripts/build.mjs

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Production dependencies of the five packages the service uses. The root lockfile also names
# react, embed and the playground; npm skips workspaces whose folder is absent.
COPY --from=build /src/package.json /src/package-lock.json ./
COPY --from=build /src/packages/core/package.json packages/core/
COPY --from=build /src/packages/xlsx/package.json packages/xlsx/
COPY --from=build /src/packages/docx/package.json packages/docx/
COPY --from=build /src/packages/server/package.json packages/server/
COPY --from=build /src/packages/cli/package.json packages/cli/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /src/packages/core/dist packages/core/dist
COPY --from=build /src/packages/xlsx/dist packages/xlsx/dist
COPY --from=build /src/packages/docx/dist packages/docx/dist
COPY --from=build /src/packages/server/dist packages/server/dist
COPY --from=build /src/packages/cli/dist packages/cli/dist
COPY --from=build /src/packages/cli/bin packages/cli/bin

# The image's `node` user (uid 1000), given by number so that Kubernetes' runAsNonRoot can check
# it. The files stay root-owned: the service reads them and writes nothing to disk.
USER 1000:1000
# Inside a container the service must listen on every interface (the default is 127.0.0.1).
ENV GOVFORMS_HOST=0.0.0.0
EXPOSE 8080
# No curl in slim images: Node's own fetch. /healthz needs no token.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.GOVFORMS_PORT || 8080) + '/healthz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM (docker stop, Kubernetes) drains: requests in progress finish, then exit 0.
# The drain may take up to GOVFORMS_REQUEST_TIMEOUT_MS + GOVFORMS_RENDER_TIMEOUT_MS (60 s by
# default): give `docker stop --time 70` / terminationGracePeriodSeconds: 70.
CMD ["node", "packages/cli/bin/govforms.js", "serve"]
