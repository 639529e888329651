-- Rate limits kept in the database, so that every app process, on every machine, counts against the same
-- numbers (lib/security/rate-limit.ts, with rate-limiter-flexible's PostgreSQL store). The store would create
-- this table itself, but the app's role owns no table and cannot: it is created here, by the migrating role,
-- and the app's role gets SELECT, INSERT, UPDATE and DELETE on it like on every table (lib/database/grants.ts).
-- The columns are the store's, in its order (it inserts positionally).

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- The store deletes expired rows now and then (WHERE expire < …).
-- CreateIndex
CREATE INDEX "RateLimit_expire_idx" ON "RateLimit"("expire");
