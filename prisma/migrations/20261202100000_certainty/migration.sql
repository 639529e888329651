-- Certainty of headline effects: computed with the headline, overridable by curators with a reason (append-only).
-- CreateEnum
CREATE TYPE "CertaintyLevel" AS ENUM ('HIGH', 'MODERATE', 'LOW', 'VERY_LOW');

-- AlterTable
ALTER TABLE "Study" ADD COLUMN     "randomisedShare" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "PooledEffect" ADD COLUMN     "certainty" "CertaintyLevel",
ADD COLUMN     "certaintyReasons" JSONB;

-- CreateTable
CREATE TABLE "CertaintyOverride" (
    "id" SERIAL NOT NULL,
    "interventionId" INTEGER NOT NULL,
    "outcomeDomainId" INTEGER NOT NULL,
    "level" "CertaintyLevel",
    "reason" TEXT NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CertaintyOverride_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CertaintyOverride_interventionId_outcomeDomainId_createdAt_idx" ON "CertaintyOverride"("interventionId", "outcomeDomainId", "createdAt");

-- AddForeignKey
ALTER TABLE "CertaintyOverride" ADD CONSTRAINT "CertaintyOverride_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertaintyOverride" ADD CONSTRAINT "CertaintyOverride_outcomeDomainId_fkey" FOREIGN KEY ("outcomeDomainId") REFERENCES "OutcomeDomain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertaintyOverride" ADD CONSTRAINT "CertaintyOverride_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


CREATE FUNCTION certainty_override_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'CertaintyOverride is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER certainty_override_append_only
  BEFORE UPDATE ON "CertaintyOverride"
  FOR EACH ROW EXECUTE FUNCTION certainty_override_append_only();
