-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ResultLevel" AS ENUM ('GOAL', 'OUTCOME', 'OUTPUT');

-- CreateEnum
CREATE TYPE "DevelopmentStatus" AS ENUM ('LDC', 'DEVELOPING', 'DEVELOPED');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('NSB', 'DONOR', 'PARTNER', 'ISO_CS', 'OTHER');

-- CreateEnum
CREATE TYPE "MembershipCategory" AS ENUM ('MEMBER_BODY', 'CORRESPONDENT', 'SUBSCRIBER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'STAFF', 'FOCAL_POINT', 'DONOR');

-- CreateEnum
CREATE TYPE "TokenPurpose" AS ENUM ('INVITE', 'PASSWORD_RESET');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED');

-- CreateEnum
CREATE TYPE "AgeBand" AS ENUM ('UNDER_25', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_PLUS', 'UNDISCLOSED');

-- CreateEnum
CREATE TYPE "StakeholderGroup" AS ENUM ('NSB_STAFF', 'GOVERNMENT_REGULATOR', 'INDUSTRY', 'SME', 'WOMEN_OWNED_BUSINESS', 'ACADEMIA_RESEARCH', 'CONSUMER', 'NGO', 'OTHER');

-- CreateEnum
CREATE TYPE "ProgrammeStatus" AS ENUM ('PLANNED', 'ACTIVE', 'CLOSED');

-- CreateEnum
CREATE TYPE "ActivityType" AS ENUM ('ELEARNING', 'VIRTUAL_CLASSROOM', 'MICROLEARNING', 'WEBINAR', 'COACHING_MENTORING', 'PUBLICATION', 'SPONSORSHIP', 'SEMINAR', 'TRAINING', 'WORKSHOP', 'IN_COUNTRY_ADVISORY', 'PEER_LEARNING');

-- CreateEnum
CREATE TYPE "ActivityLevel" AS ENUM ('INTERNATIONAL', 'REGIONAL', 'NATIONAL');

-- CreateEnum
CREATE TYPE "Modality" AS ENUM ('IN_PERSON', 'ONLINE', 'HYBRID');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ParticipationRole" AS ENUM ('PARTICIPANT', 'TRAINER', 'OBSERVER');

-- CreateEnum
CREATE TYPE "Attendance" AS ENUM ('REGISTERED', 'ATTENDED', 'PARTIAL', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "IndicatorUnit" AS ENUM ('COUNT', 'PERCENT', 'YES_NO', 'CURRENCY');

-- CreateEnum
CREATE TYPE "IndicatorDirection" AS ENUM ('INCREASE', 'DECREASE');

-- CreateEnum
CREATE TYPE "IndicatorSource" AS ENUM ('MANUAL', 'PARTICIPANTS_TRAINED', 'WOMEN_SHARE', 'AVG_KNOWLEDGE_GAIN', 'AVG_SATISFACTION', 'NATIONAL_ADOPTIONS', 'LEADERSHIP_POSITIONS');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "AdoptionDegree" AS ENUM ('IDENTICAL', 'MODIFIED');

-- CreateEnum
CREATE TYPE "CommitteeMembership" AS ENUM ('P_MEMBER', 'O_MEMBER');

-- CreateEnum
CREATE TYPE "Leadership" AS ENUM ('NONE', 'CHAIR', 'SECRETARY', 'CONVENER', 'TWINNED');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE');

-- CreateTable
CREATE TABLE "ActionPlan" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResultArea" (
    "id" TEXT NOT NULL,
    "actionPlanId" TEXT NOT NULL,
    "parentId" TEXT,
    "level" "ResultLevel" NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ResultArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Country" (
    "code" CHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "subRegion" TEXT NOT NULL,
    "developmentStatus" "DevelopmentStatus" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "countryCode" CHAR(2),
    "membershipCategory" "MembershipCategory",
    "website" TEXT,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL,
    "organizationId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastLoginAt" TIMESTAMP(3),
    "passwordChangedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "purpose" "TokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ipAddress" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "email" TEXT,
    "sex" "Sex" NOT NULL,
    "ageBand" "AgeBand" NOT NULL,
    "organizationName" TEXT NOT NULL DEFAULT '',
    "organizationId" TEXT NOT NULL,
    "countryCode" CHAR(2),
    "stakeholderGroup" "StakeholderGroup" NOT NULL,
    "jobTitle" TEXT NOT NULL DEFAULT '',
    "consentToContact" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "objectives" TEXT NOT NULL DEFAULT '',
    "region" TEXT NOT NULL DEFAULT '',
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "status" "ProgrammeStatus" NOT NULL DEFAULT 'PLANNED',
    "budgetAmount" DECIMAL(14,2),
    "budgetCurrency" CHAR(3) NOT NULL DEFAULT 'CHF',
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeFunding" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "donorId" TEXT NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgrammeFunding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeBeneficiary" (
    "programmeId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgrammeBeneficiary_pkey" PRIMARY KEY ("programmeId","organizationId")
);

-- CreateTable
CREATE TABLE "ProgrammeResultArea" (
    "programmeId" TEXT NOT NULL,
    "resultAreaId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgrammeResultArea_pkey" PRIMARY KEY ("programmeId","resultAreaId")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "resultAreaId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "type" "ActivityType" NOT NULL,
    "level" "ActivityLevel" NOT NULL,
    "modality" "Modality" NOT NULL,
    "status" "ActivityStatus" NOT NULL DEFAULT 'PLANNED',
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "venueCity" TEXT NOT NULL DEFAULT '',
    "venueCountryCode" CHAR(2),
    "topics" TEXT[],
    "budgetAmount" DECIMAL(14,2),
    "actualCost" DECIMAL(14,2),
    "currency" CHAR(3) NOT NULL DEFAULT 'CHF',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityNsb" (
    "activityId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityNsb_pkey" PRIMARY KEY ("activityId","organizationId")
);

-- CreateTable
CREATE TABLE "Participation" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "role" "ParticipationRole" NOT NULL DEFAULT 'PARTICIPANT',
    "attendance" "Attendance" NOT NULL DEFAULT 'REGISTERED',
    "completed" BOOLEAN NOT NULL DEFAULT false,
    "preTestScore" INTEGER,
    "postTestScore" INTEGER,
    "satisfaction" INTEGER,
    "feedback" TEXT NOT NULL DEFAULT '',
    "testimonial" TEXT NOT NULL DEFAULT '',
    "consentToQuote" BOOLEAN NOT NULL DEFAULT false,
    "recordedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Participation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackLink" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FeedbackLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT,
    "actionPlanId" TEXT,
    "resultAreaId" TEXT,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "definition" TEXT NOT NULL DEFAULT '',
    "unit" "IndicatorUnit" NOT NULL,
    "currency" CHAR(3),
    "direction" "IndicatorDirection" NOT NULL DEFAULT 'INCREASE',
    "source" "IndicatorSource" NOT NULL DEFAULT 'MANUAL',
    "baselineValue" DECIMAL(14,2),
    "baselineDate" DATE,
    "targetValue" DECIMAL(14,2),
    "targetDate" DATE,
    "disaggregateByNsb" BOOLEAN NOT NULL DEFAULT false,
    "disaggregateBySex" BOOLEAN NOT NULL DEFAULT false,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorTarget" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "organizationId" TEXT,
    "targetValue" DECIMAL(14,2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorReport" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "organizationId" TEXT,
    "value" DECIMAL(14,2),
    "valueFemale" DECIMAL(14,2),
    "valueMale" DECIMAL(14,2),
    "valueOther" DECIMAL(14,2),
    "narrative" TEXT NOT NULL DEFAULT '',
    "evidenceLinks" TEXT[],
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedById" TEXT,
    "submittedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewComment" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceFile" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeriodLock" (
    "id" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "programmeId" TEXT,
    "reason" TEXT NOT NULL,
    "lockedById" TEXT NOT NULL,
    "unlockedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PeriodLock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "link" TEXT NOT NULL DEFAULT '',
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NationalAdoption" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "standardReference" TEXT NOT NULL,
    "nationalReference" TEXT NOT NULL,
    "adoptionDate" DATE NOT NULL,
    "degree" "AdoptionDegree" NOT NULL,
    "programmeId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NationalAdoption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeRole" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "committee" TEXT NOT NULL,
    "membership" "CommitteeMembership" NOT NULL,
    "leadership" "Leadership" NOT NULL DEFAULT 'NONE',
    "fromDate" DATE NOT NULL,
    "toDate" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommitteeRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" "AuditAction" NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ResultArea_parentId_idx" ON "ResultArea"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "ResultArea_actionPlanId_code_key" ON "ResultArea"("actionPlanId", "code");

-- CreateIndex
CREATE INDEX "Country_region_idx" ON "Country"("region");

-- CreateIndex
CREATE INDEX "Organization_countryCode_idx" ON "Organization"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_kind_acronym_key" ON "Organization"("kind", "acronym");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_organizationId_idx" ON "User"("organizationId");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE UNIQUE INDEX "UserToken_tokenHash_key" ON "UserToken"("tokenHash");

-- CreateIndex
CREATE INDEX "UserToken_userId_idx" ON "UserToken"("userId");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ipAddress_createdAt_idx" ON "LoginAttempt"("ipAddress", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_email_key" ON "Participant"("email");

-- CreateIndex
CREATE INDEX "Participant_organizationId_normalizedName_idx" ON "Participant"("organizationId", "normalizedName");

-- CreateIndex
CREATE INDEX "Participant_sex_idx" ON "Participant"("sex");

-- CreateIndex
CREATE INDEX "Participant_stakeholderGroup_idx" ON "Participant"("stakeholderGroup");

-- CreateIndex
CREATE UNIQUE INDEX "Programme_code_key" ON "Programme"("code");

-- CreateIndex
CREATE INDEX "Programme_status_idx" ON "Programme"("status");

-- CreateIndex
CREATE INDEX "Programme_startDate_endDate_idx" ON "Programme"("startDate", "endDate");

-- CreateIndex
CREATE INDEX "ProgrammeFunding_donorId_idx" ON "ProgrammeFunding"("donorId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeFunding_programmeId_donorId_key" ON "ProgrammeFunding"("programmeId", "donorId");

-- CreateIndex
CREATE INDEX "ProgrammeBeneficiary_organizationId_idx" ON "ProgrammeBeneficiary"("organizationId");

-- CreateIndex
CREATE INDEX "ProgrammeResultArea_resultAreaId_idx" ON "ProgrammeResultArea"("resultAreaId");

-- CreateIndex
CREATE INDEX "Activity_programmeId_startDate_idx" ON "Activity"("programmeId", "startDate");

-- CreateIndex
CREATE INDEX "Activity_status_idx" ON "Activity"("status");

-- CreateIndex
CREATE INDEX "Activity_type_idx" ON "Activity"("type");

-- CreateIndex
CREATE INDEX "Activity_startDate_idx" ON "Activity"("startDate");

-- CreateIndex
CREATE INDEX "Activity_resultAreaId_idx" ON "Activity"("resultAreaId");

-- CreateIndex
CREATE INDEX "ActivityNsb_organizationId_idx" ON "ActivityNsb"("organizationId");

-- CreateIndex
CREATE INDEX "Participation_participantId_idx" ON "Participation"("participantId");

-- CreateIndex
CREATE INDEX "Participation_attendance_idx" ON "Participation"("attendance");

-- CreateIndex
CREATE UNIQUE INDEX "Participation_activityId_participantId_key" ON "Participation"("activityId", "participantId");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackLink_tokenHash_key" ON "FeedbackLink"("tokenHash");

-- CreateIndex
CREATE INDEX "FeedbackLink_activityId_idx" ON "FeedbackLink"("activityId");

-- CreateIndex
CREATE INDEX "Indicator_programmeId_idx" ON "Indicator"("programmeId");

-- CreateIndex
CREATE INDEX "Indicator_resultAreaId_idx" ON "Indicator"("resultAreaId");

-- CreateIndex
CREATE INDEX "Indicator_actionPlanId_idx" ON "Indicator"("actionPlanId");

-- CreateIndex
CREATE INDEX "IndicatorTarget_indicatorId_periodStart_idx" ON "IndicatorTarget"("indicatorId", "periodStart");

-- CreateIndex
CREATE INDEX "IndicatorReport_indicatorId_periodStart_idx" ON "IndicatorReport"("indicatorId", "periodStart");

-- CreateIndex
CREATE INDEX "IndicatorReport_organizationId_idx" ON "IndicatorReport"("organizationId");

-- CreateIndex
CREATE INDEX "IndicatorReport_status_idx" ON "IndicatorReport"("status");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceFile_storageKey_key" ON "EvidenceFile"("storageKey");

-- CreateIndex
CREATE INDEX "EvidenceFile_reportId_idx" ON "EvidenceFile"("reportId");

-- CreateIndex
CREATE INDEX "PeriodLock_periodStart_periodEnd_idx" ON "PeriodLock"("periodStart", "periodEnd");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "NationalAdoption_adoptionDate_idx" ON "NationalAdoption"("adoptionDate");

-- CreateIndex
CREATE INDEX "NationalAdoption_programmeId_idx" ON "NationalAdoption"("programmeId");

-- CreateIndex
CREATE UNIQUE INDEX "NationalAdoption_organizationId_standardReference_key" ON "NationalAdoption"("organizationId", "standardReference");

-- CreateIndex
CREATE INDEX "CommitteeRole_organizationId_idx" ON "CommitteeRole"("organizationId");

-- CreateIndex
CREATE INDEX "CommitteeRole_committee_idx" ON "CommitteeRole"("committee");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- AddForeignKey
ALTER TABLE "ResultArea" ADD CONSTRAINT "ResultArea_actionPlanId_fkey" FOREIGN KEY ("actionPlanId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultArea" ADD CONSTRAINT "ResultArea_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ResultArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserToken" ADD CONSTRAINT "UserToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeFunding" ADD CONSTRAINT "ProgrammeFunding_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeFunding" ADD CONSTRAINT "ProgrammeFunding_donorId_fkey" FOREIGN KEY ("donorId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeBeneficiary" ADD CONSTRAINT "ProgrammeBeneficiary_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeBeneficiary" ADD CONSTRAINT "ProgrammeBeneficiary_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeResultArea" ADD CONSTRAINT "ProgrammeResultArea_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeResultArea" ADD CONSTRAINT "ProgrammeResultArea_resultAreaId_fkey" FOREIGN KEY ("resultAreaId") REFERENCES "ResultArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_resultAreaId_fkey" FOREIGN KEY ("resultAreaId") REFERENCES "ResultArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_venueCountryCode_fkey" FOREIGN KEY ("venueCountryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityNsb" ADD CONSTRAINT "ActivityNsb_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityNsb" ADD CONSTRAINT "ActivityNsb_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackLink" ADD CONSTRAINT "FeedbackLink_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_actionPlanId_fkey" FOREIGN KEY ("actionPlanId") REFERENCES "ActionPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_resultAreaId_fkey" FOREIGN KEY ("resultAreaId") REFERENCES "ResultArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorTarget" ADD CONSTRAINT "IndicatorTarget_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorTarget" ADD CONSTRAINT "IndicatorTarget_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorReport" ADD CONSTRAINT "IndicatorReport_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorReport" ADD CONSTRAINT "IndicatorReport_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorReport" ADD CONSTRAINT "IndicatorReport_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorReport" ADD CONSTRAINT "IndicatorReport_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "IndicatorReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodLock" ADD CONSTRAINT "PeriodLock_lockedById_fkey" FOREIGN KEY ("lockedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NationalAdoption" ADD CONSTRAINT "NationalAdoption_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NationalAdoption" ADD CONSTRAINT "NationalAdoption_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeRole" ADD CONSTRAINT "CommitteeRole_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
