-- CreateIndex
CREATE INDEX "PooledEffect_sourceStudyId_idx" ON "PooledEffect"("sourceStudyId");

