-- CreateIndex
CREATE INDEX "Participant_dashboard_idx" ON "Participant"("id", "sex", "organizationId", "countryCode", "ageBand", "stakeholderGroup");

-- CreateIndex
CREATE INDEX "Activity_dashboard_idx" ON "Activity"("programmeId", "type", "startDate");

-- CreateIndex
CREATE INDEX "Participation_dashboard_idx" ON "Participation"("activityId", "attendance", "role", "participantId", "satisfaction", "preTestScore", "postTestScore");
