-- CreateEnum
CREATE TYPE "AssessmentKind" AS ENUM ('BASELINE', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'VALIDATED');

-- AlterEnum
ALTER TYPE "IndicatorSource" ADD VALUE 'CAPACITY_SCORE_CHANGE';

-- CreateTable
CREATE TABLE "AssessmentTemplate" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssessmentTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentTemplateVersion" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentTemplateVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentRound" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "kind" "AssessmentKind" NOT NULL,
    "assessedOn" DATE NOT NULL,
    "templateVersionId" TEXT NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedById" TEXT,
    "submittedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewComment" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssessmentRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentAnswer" (
    "roundId" TEXT NOT NULL,
    "questionKey" TEXT NOT NULL,
    "score" INTEGER,
    "notes" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "AssessmentAnswer_pkey" PRIMARY KEY ("roundId","questionKey")
);

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentTemplateVersion_templateId_number_key" ON "AssessmentTemplateVersion"("templateId", "number");

-- CreateIndex
CREATE INDEX "AssessmentRound_organizationId_programmeId_idx" ON "AssessmentRound"("organizationId", "programmeId");

-- CreateIndex
CREATE INDEX "AssessmentRound_programmeId_status_idx" ON "AssessmentRound"("programmeId", "status");

-- AddForeignKey
ALTER TABLE "AssessmentTemplateVersion" ADD CONSTRAINT "AssessmentTemplateVersion_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "AssessmentTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRound" ADD CONSTRAINT "AssessmentRound_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRound" ADD CONSTRAINT "AssessmentRound_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRound" ADD CONSTRAINT "AssessmentRound_templateVersionId_fkey" FOREIGN KEY ("templateVersionId") REFERENCES "AssessmentTemplateVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentAnswer" ADD CONSTRAINT "AssessmentAnswer_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AssessmentRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;
