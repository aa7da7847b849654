# One image build for the whole monorepo (the apps share workspaces); two final targets.
# The containers run the same start script as `npm start` (devstack/bin/cho-phien.mjs), one part each.
FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV MEDUSA_DISABLE_TELEMETRY=true NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json turbo.json tsconfig.base.json ./
COPY devstack/package.json devstack/
COPY plugins/cooperative-seller/package.json plugins/cooperative-seller/
COPY plugins/couriers-vn/package.json plugins/couriers-vn/
COPY plugins/payments-vn/package.json plugins/payments-vn/
COPY plugins/impact/package.json plugins/impact/
COPY plugins/search/package.json plugins/search/
COPY seed/package.json seed/
COPY backend/package.json backend/
COPY storefront/package.json storefront/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx turbo run build

FROM node:22-bookworm-slim AS backend
WORKDIR /app
ENV NODE_ENV=production MEDUSA_DISABLE_TELEMETRY=true
COPY --from=build /app /app
EXPOSE 9000
CMD ["node", "devstack/bin/cho-phien.mjs", "start", "--only", "backend"]

FROM node:22-bookworm-slim AS storefront
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
COPY --from=build /app /app
EXPOSE 8000
CMD ["node", "devstack/bin/cho-phien.mjs", "start", "--only", "storefront"]
