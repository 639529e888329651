-- CreateEnum
CREATE TYPE "StudyScope" AS ENUM ('INTERVENTION', 'PROPOSAL', 'CONTEXT');

-- CreateEnum
CREATE TYPE "RiskOfBiasTool" AS ENUM ('ROB2', 'ROBINS_I');

-- CreateEnum
CREATE TYPE "BiasJudgement" AS ENUM ('LOW', 'SOME_CONCERNS', 'HIGH', 'MODERATE', 'SERIOUS', 'CRITICAL', 'NO_INFORMATION');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "StudyStatus" ADD VALUE 'NEEDS_CHANGES';
ALTER TYPE "StudyStatus" ADD VALUE 'WITHDRAWN';

-- Accounts move to better-auth's schema: passwords live in "Account", sessions are looked up by token.
-- No release signed anyone in before this one, so no session or password is lost.
DELETE FROM "Session";

-- AlterTable
ALTER TABLE "User" DROP COLUMN "passwordHash",
ADD COLUMN     "emailVerified" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "image" TEXT;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "ipAddress" TEXT,
ADD COLUMN     "token" TEXT NOT NULL,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "userAgent" TEXT;

-- AlterTable
ALTER TABLE "Study" ADD COLUMN     "riskOfBiasDomains" "BiasJudgement"[] DEFAULT ARRAY[]::"BiasJudgement"[],
ADD COLUMN     "riskOfBiasTool" "RiskOfBiasTool",
ADD COLUMN     "scope" "StudyScope" NOT NULL DEFAULT 'INTERVENTION';

-- AlterTable
ALTER TABLE "EffectSize" ADD COLUMN     "subgroup" TEXT,
ADD COLUMN     "timepointMonths" INTEGER;

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterventionProposal" (
    "id" SERIAL NOT NULL,
    "studyId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "targetGroup" TEXT NOT NULL,
    "ageMinMonths" INTEGER,
    "ageMaxMonths" INTEGER,
    "websiteUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InterventionProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE INDEX "Verification_identifier_idx" ON "Verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "InterventionProposal_studyId_key" ON "InterventionProposal"("studyId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_token_key" ON "Session"("token");

-- CreateIndex
CREATE INDEX "Study_submitterId_updatedAt_idx" ON "Study"("submitterId", "updatedAt");

-- CreateIndex
CREATE INDEX "Study_doi_idx" ON "Study"("doi");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterventionProposal" ADD CONSTRAINT "InterventionProposal_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Entries without an intervention so far were the curated context meta-analyses.
UPDATE "Study" SET "scope" = 'CONTEXT' WHERE "interventionId" IS NULL;

ALTER TABLE "Study" ADD CONSTRAINT "Study_scope_intervention_check"
  CHECK (("scope" = 'INTERVENTION') = ("interventionId" IS NOT NULL));
ALTER TABLE "Study" ADD CONSTRAINT "Study_risk_of_bias_domains_check"
  CHECK (CASE "riskOfBiasTool"
           WHEN 'ROB2' THEN cardinality("riskOfBiasDomains") = 5
           WHEN 'ROBINS_I' THEN cardinality("riskOfBiasDomains") = 7
           ELSE coalesce(cardinality("riskOfBiasDomains"), 0) = 0
         END);
ALTER TABLE "EffectSize" ADD CONSTRAINT "EffectSize_timepoint_check" CHECK ("timepointMonths" >= 0);
ALTER TABLE "InterventionProposal" ADD CONSTRAINT "InterventionProposal_age_check"
  CHECK ("ageMinMonths" IS NULL OR "ageMaxMonths" IS NULL OR "ageMinMonths" <= "ageMaxMonths");
