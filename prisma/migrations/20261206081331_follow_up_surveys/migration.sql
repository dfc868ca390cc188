-- AlterEnum
ALTER TYPE "PersonalLinkPurpose" ADD VALUE 'FOLLOW_UP';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "IndicatorSource" ADD VALUE 'SURVEY_APPLIED_SHARE';
ALTER TYPE "IndicatorSource" ADD VALUE 'SURVEY_STANDARDS_USED';
ALTER TYPE "IndicatorSource" ADD VALUE 'SURVEY_COMMITTEE_JOINED';

-- AlterTable
ALTER TABLE "PersonalLink" ADD COLUMN     "invitationId" TEXT;

-- CreateTable
CREATE TABLE "FollowUpSurvey" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "organizationId" TEXT,
    "monthsAfter" INTEGER NOT NULL,
    "opensAt" DATE NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "template" TEXT NOT NULL,
    "questions" JSONB NOT NULL,
    "remindersStopped" BOOLEAN NOT NULL DEFAULT false,
    "lastReminderAt" TIMESTAMP(3),
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FollowUpSurvey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyInvitation" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "participationId" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3),
    "openedAt" TIMESTAMP(3),
    "answers" JSONB NOT NULL DEFAULT '{}',
    "draftSavedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "reminders" INTEGER NOT NULL DEFAULT 0,
    "lastRemindedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SurveyInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FollowUpSurvey_activityId_idx" ON "FollowUpSurvey"("activityId");

-- CreateIndex
CREATE INDEX "FollowUpSurvey_organizationId_idx" ON "FollowUpSurvey"("organizationId");

-- CreateIndex
CREATE INDEX "SurveyInvitation_participationId_idx" ON "SurveyInvitation"("participationId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyInvitation_surveyId_participationId_key" ON "SurveyInvitation"("surveyId", "participationId");

-- CreateIndex
CREATE INDEX "PersonalLink_invitationId_idx" ON "PersonalLink"("invitationId");

-- AddForeignKey
ALTER TABLE "PersonalLink" ADD CONSTRAINT "PersonalLink_invitationId_fkey" FOREIGN KEY ("invitationId") REFERENCES "SurveyInvitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpSurvey" ADD CONSTRAINT "FollowUpSurvey_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpSurvey" ADD CONSTRAINT "FollowUpSurvey_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyInvitation" ADD CONSTRAINT "SurveyInvitation_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "FollowUpSurvey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyInvitation" ADD CONSTRAINT "SurveyInvitation_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
