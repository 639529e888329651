-- CreateTable
CREATE TABLE "InterventionFacet" (
    "interventionId" INTEGER NOT NULL,
    "preventionLevels" "PreventionLevel"[],
    "riskFactorIds" INTEGER[],
    "outcomeIds" INTEGER[],
    "deliveryModeIds" INTEGER[],
    "ageRanges" int4multirange NOT NULL,
    "evidenceLevel" "EvidenceLevel" NOT NULL,
    "isRecognised" BOOLEAN NOT NULL,
    "sortName" TEXT NOT NULL,
    "lastReviewedOn" DATE,

    CONSTRAINT "InterventionFacet_pkey" PRIMARY KEY ("interventionId")
);

-- CreateIndex
CREATE INDEX "InterventionFacet_preventionLevels_idx" ON "InterventionFacet" USING GIN ("preventionLevels");

-- CreateIndex
CREATE INDEX "InterventionFacet_riskFactorIds_idx" ON "InterventionFacet" USING GIN ("riskFactorIds");

-- CreateIndex
CREATE INDEX "InterventionFacet_outcomeIds_idx" ON "InterventionFacet" USING GIN ("outcomeIds");

-- CreateIndex
CREATE INDEX "InterventionFacet_deliveryModeIds_idx" ON "InterventionFacet" USING GIN ("deliveryModeIds");

-- CreateIndex
CREATE INDEX "InterventionFacet_ageRanges_idx" ON "InterventionFacet" USING GIST ("ageRanges");

-- CreateIndex
CREATE INDEX "InterventionFacet_evidenceLevel_idx" ON "InterventionFacet"("evidenceLevel");

-- AddForeignKey
ALTER TABLE "InterventionFacet" ADD CONSTRAINT "InterventionFacet_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

