-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" VARCHAR(2) NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "objectivesEs" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "objectivesFr" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "summaryEs" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "summaryFr" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "titleEs" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "titleFr" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "descriptionEs" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "descriptionFr" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "language" VARCHAR(2) NOT NULL DEFAULT 'en',
ADD COLUMN     "titleEs" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "titleFr" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "titleEs" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "titleFr" TEXT NOT NULL DEFAULT '';
