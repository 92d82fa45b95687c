# syntax=docker/dockerfile:1
# Status Bot: build with the dev dependencies, run with the production ones only.
#   docker build -t status-bot .
#   docker run --rm -p 3000:3000 --env-file .env status-bot
# Node 26 is the Active LTS line (since 2026-10-28).
ARG NODE_IMAGE=node:26-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
# better-sqlite3 compiles its native module where no prebuilt one fits this Node: node-gyp's tools.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts/bundle-kysely.mjs ./scripts/
# tsc -p tsconfig.build.json emits dist/, then scripts/bundle-kysely.mjs makes Kysely one file in it.
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
# The one native module, as the build stage compiled it (install scripts do not run here): the
# loadable file alone, not the objects and static library it was linked from.
COPY --from=build /app/node_modules/better-sqlite3/build/Release/better_sqlite3.node ./node_modules/better-sqlite3/build/Release/better_sqlite3.node
COPY --from=build /app/dist ./dist
# The catalog reads ../../data relative to dist/knowledge/.
COPY data ./data
# Parse data/ and build the search indexes once here, as root, so that every start reads the parsed
# files and the built indexes from node_modules/.cache (each checked against what it was made from at
# load) instead of running the YAML parser and the index build; the app's user could not write them
# there at run time.
RUN node --input-type=module -e "const { getCatalog } = await import('./dist/knowledge/load.js'); const { engineFor } = await import('./dist/engine/answer.js'); engineFor(getCatalog());"
# DATABASE_URL defaults to sqlite:./var/status-bot.sqlite: /app/var, a volume the unprivileged
# user owns, so that settings survive a new container. With PostgreSQL it stays empty.
RUN mkdir -p /app/var && chown node:node /app/var
VOLUME /app/var
USER node
EXPOSE 3000
# /healthz on PORT: in HTTP mode beside /slack/events; in Socket Mode (SLACK_APP_TOKEN set) alone, on
# loopback, 200 only while connected to Slack. No curl in slim images: Node's fetch does the check.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/index.js"]
