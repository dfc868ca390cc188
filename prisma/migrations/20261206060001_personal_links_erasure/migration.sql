-- CreateEnum
CREATE TYPE "PersonalLinkPurpose" AS ENUM ('FEEDBACK');

-- DropForeignKey
ALTER TABLE "FeedbackLink" DROP CONSTRAINT "FeedbackLink_activityId_fkey";

-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "erasedAt" TIMESTAMP(3);

-- DropTable
DROP TABLE "FeedbackLink";

-- DropTable
DROP TABLE "RateLimitHit";

-- CreateTable
CREATE TABLE "PersonalLink" (
    "id" TEXT NOT NULL,
    "purpose" "PersonalLinkPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "participationId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonalLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PersonalLink_tokenHash_key" ON "PersonalLink"("tokenHash");

-- CreateIndex
CREATE INDEX "PersonalLink_participationId_purpose_idx" ON "PersonalLink"("participationId", "purpose");

-- AddForeignKey
ALTER TABLE "PersonalLink" ADD CONSTRAINT "PersonalLink_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
