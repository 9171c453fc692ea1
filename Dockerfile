# One image for the router and every subgraph. The process is chosen at run time:
#   docker run hubgraph node dist/scripts/serve.js identity
# docker-compose.yml does the same per service with `command:`.
FROM node:20-slim

WORKDIR /app

# Dependencies first, so that a code change does not reinstall them. argon2 and libsql ship prebuilt
# binaries for glibc on x64 and arm64, so no compiler is needed.
# npm ci installs exactly the committed lockfile, so every image of one commit has the same packages.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

COPY . .
# swc is a dev dependency: build first, then drop dev dependencies from the image.
# /app/data is where SQLite files go when MYSQL_URL is not set.
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund \
 && mkdir -p /app/data \
 && chown node:node /app/data

ENV NODE_ENV=production \
    HOST=0.0.0.0
USER node
EXPOSE 4000 4001 4002 4003 4004 4005 4006 4007 4008

# serve.js handles SIGTERM itself (drain, then exit), so node can be the main process.
CMD ["node", "dist/scripts/serve.js", "router"]
