# The demo app (this repository run as a Medusa app, the plugin loaded from src/) as an image for
# the production shape in docker-compose.yml. One image serves as API server and as worker:
# MEDUSA_WORKER_MODE (server | worker) and REDIS_URL come from the environment (medusa-config.ts).
FROM node:22-bookworm-slim

WORKDIR /app
COPY package.json package-lock.json ./
# All dependencies: this repository's app runs on its devDependencies (@medusajs/*).
RUN npm ci --no-audit --no-fund

COPY . .
# Server code and the admin into .medusa/server; node_modules stays reachable one level up.
RUN npx medusa build

WORKDIR /app/.medusa/server
ENV NODE_ENV=production \
    MEDUSA_DISABLE_TELEMETRY=true \
    PATH=/app/node_modules/.bin:$PATH
EXPOSE 9000
CMD ["medusa", "start"]
