-- CreateTable
CREATE TABLE "DashboardPersonDay" (
    "programmeId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "activityType" "ActivityType" NOT NULL,
    "participantId" TEXT NOT NULL,
    "rows" INTEGER NOT NULL,
    "reached" INTEGER NOT NULL,
    "satisfactionSum" INTEGER NOT NULL,
    "satisfactionN" INTEGER NOT NULL,
    "gainSum" INTEGER NOT NULL,
    "gainN" INTEGER NOT NULL,
    "reachedSatisfactionSum" INTEGER NOT NULL,
    "reachedSatisfactionN" INTEGER NOT NULL,
    "reachedGainSum" INTEGER NOT NULL,
    "reachedGainN" INTEGER NOT NULL,

    CONSTRAINT "DashboardPersonDay_pkey" PRIMARY KEY ("programmeId","day","activityType","participantId")
);

-- CreateIndex
CREATE INDEX "DashboardPersonDay_participantId_idx" ON "DashboardPersonDay"("participantId");

-- ───────────── Upkeep of "DashboardPersonDay" (ARCHITECTURE.md, "Dashboards") ─────────────
-- Every change to a participation (insert, delete, or an update of its activity, person,
-- role, attendance, scores or rating) and to an activity's programme, type or start day
-- moves its contribution, in the same transaction as the write: every code path (forms,
-- imports, merges, erasure, retention, SQL by hand) is covered.

-- Adds (sign 1) or takes away (sign -1) one participation's contribution.
CREATE FUNCTION dashboard_person_day_add(
  p_programme text, p_day date, p_type "ActivityType", p_participant text,
  p_role "ParticipationRole", p_attendance "Attendance", p_satisfaction int, p_pre int, p_post int, p_sign int
) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_reached int := CASE WHEN p_attendance IN ('ATTENDED', 'PARTIAL') THEN 1 ELSE 0 END;
  v_gain int := p_post - p_pre;
BEGIN
  IF p_role = 'TRAINER' THEN RETURN; END IF;
  INSERT INTO "DashboardPersonDay" AS d ("programmeId", "day", "activityType", "participantId", "rows", "reached",
      "satisfactionSum", "satisfactionN", "gainSum", "gainN",
      "reachedSatisfactionSum", "reachedSatisfactionN", "reachedGainSum", "reachedGainN")
  VALUES (p_programme, p_day, p_type, p_participant, p_sign, p_sign * v_reached,
      p_sign * coalesce(p_satisfaction, 0), p_sign * (p_satisfaction IS NOT NULL)::int,
      p_sign * coalesce(v_gain, 0), p_sign * (v_gain IS NOT NULL)::int,
      p_sign * v_reached * coalesce(p_satisfaction, 0), p_sign * v_reached * (p_satisfaction IS NOT NULL)::int,
      p_sign * v_reached * coalesce(v_gain, 0), p_sign * v_reached * (v_gain IS NOT NULL)::int)
  ON CONFLICT ("programmeId", "day", "activityType", "participantId") DO UPDATE SET
    "rows" = d."rows" + EXCLUDED."rows",
    "reached" = d."reached" + EXCLUDED."reached",
    "satisfactionSum" = d."satisfactionSum" + EXCLUDED."satisfactionSum",
    "satisfactionN" = d."satisfactionN" + EXCLUDED."satisfactionN",
    "gainSum" = d."gainSum" + EXCLUDED."gainSum",
    "gainN" = d."gainN" + EXCLUDED."gainN",
    "reachedSatisfactionSum" = d."reachedSatisfactionSum" + EXCLUDED."reachedSatisfactionSum",
    "reachedSatisfactionN" = d."reachedSatisfactionN" + EXCLUDED."reachedSatisfactionN",
    "reachedGainSum" = d."reachedGainSum" + EXCLUDED."reachedGainSum",
    "reachedGainN" = d."reachedGainN" + EXCLUDED."reachedGainN";
  IF p_sign < 0 THEN
    DELETE FROM "DashboardPersonDay"
    WHERE "programmeId" = p_programme AND "day" = p_day AND "activityType" = p_type AND "participantId" = p_participant AND "rows" = 0;
  END IF;
END $$;

-- A participation's contribution, its activity looked up (none when the activity is gone:
-- an activity's deletion takes its participations' contributions away first, below).
CREATE FUNCTION dashboard_participation_add(p "Participation", p_sign int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE a "Activity";
BEGIN
  IF p."role" = 'TRAINER' THEN RETURN; END IF;
  SELECT * INTO a FROM "Activity" WHERE id = p."activityId";
  IF NOT FOUND THEN RETURN; END IF;
  PERFORM dashboard_person_day_add(a."programmeId", a."startDate", a."type", p."participantId",
    p."role", p."attendance", p."satisfaction", p."preTestScore", p."postTestScore", p_sign);
END $$;

CREATE FUNCTION dashboard_participation_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD."activityId", OLD."participantId", OLD."role", OLD."attendance", OLD."satisfaction", OLD."preTestScore", OLD."postTestScore")
      IS NOT DISTINCT FROM (NEW."activityId", NEW."participantId", NEW."role", NEW."attendance", NEW."satisfaction", NEW."preTestScore", NEW."postTestScore") THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM dashboard_participation_add(OLD, -1); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM dashboard_participation_add(NEW, 1); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Participation_dashboard_upkeep"
AFTER INSERT OR UPDATE OR DELETE ON "Participation"
FOR EACH ROW EXECUTE FUNCTION dashboard_participation_trigger();

-- An activity moved to another programme, type or start day moves its participations'
-- contributions; a deleted one takes them away before its participations go (cascade).
CREATE FUNCTION dashboard_activity_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE p "Participation";
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD."programmeId", OLD."type", OLD."startDate") IS NOT DISTINCT FROM (NEW."programmeId", NEW."type", NEW."startDate") THEN
    RETURN NULL;
  END IF;
  FOR p IN SELECT * FROM "Participation" WHERE "activityId" = OLD.id AND "role" <> 'TRAINER' LOOP
    PERFORM dashboard_person_day_add(OLD."programmeId", OLD."startDate", OLD."type", p."participantId",
      p."role", p."attendance", p."satisfaction", p."preTestScore", p."postTestScore", -1);
    IF TG_OP = 'UPDATE' THEN
      PERFORM dashboard_person_day_add(NEW."programmeId", NEW."startDate", NEW."type", p."participantId",
        p."role", p."attendance", p."satisfaction", p."preTestScore", p."postTestScore", 1);
    END IF;
  END LOOP;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; -- a BEFORE DELETE trigger lets the deletion go on
  RETURN NULL;
END $$;

CREATE TRIGGER "Activity_dashboard_upkeep_update"
AFTER UPDATE ON "Activity"
FOR EACH ROW EXECUTE FUNCTION dashboard_activity_trigger();

CREATE TRIGGER "Activity_dashboard_upkeep_delete"
BEFORE DELETE ON "Activity"
FOR EACH ROW EXECUTE FUNCTION dashboard_activity_trigger();

-- Truncation of the raw tables (tests, resets) empties the aggregates too.
CREATE FUNCTION dashboard_truncate_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "DashboardPersonDay";
  RETURN NULL;
END $$;

CREATE TRIGGER "Participation_dashboard_truncate" AFTER TRUNCATE ON "Participation" FOR EACH STATEMENT EXECUTE FUNCTION dashboard_truncate_trigger();
CREATE TRIGGER "Activity_dashboard_truncate" AFTER TRUNCATE ON "Activity" FOR EACH STATEMENT EXECUTE FUNCTION dashboard_truncate_trigger();

-- The aggregates recomputed from the raw rows (npm run db:aggregates; the equivalence test).
CREATE FUNCTION dashboard_aggregates_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE "Participation", "Activity" IN SHARE MODE;
  DELETE FROM "DashboardPersonDay";
  INSERT INTO "DashboardPersonDay" ("programmeId", "day", "activityType", "participantId", "rows", "reached",
      "satisfactionSum", "satisfactionN", "gainSum", "gainN",
      "reachedSatisfactionSum", "reachedSatisfactionN", "reachedGainSum", "reachedGainN")
  SELECT a."programmeId", a."startDate", a."type", p."participantId", count(*)::int, count(*) FILTER (WHERE r.reached)::int,
         coalesce(sum(p."satisfaction"), 0)::int, count(p."satisfaction")::int,
         coalesce(sum(p."postTestScore" - p."preTestScore"), 0)::int, count(p."postTestScore" - p."preTestScore")::int,
         coalesce(sum(p."satisfaction") FILTER (WHERE r.reached), 0)::int, (count(p."satisfaction") FILTER (WHERE r.reached))::int,
         coalesce(sum(p."postTestScore" - p."preTestScore") FILTER (WHERE r.reached), 0)::int,
         (count(p."postTestScore" - p."preTestScore") FILTER (WHERE r.reached))::int
  FROM "Participation" p
  JOIN "Activity" a ON a.id = p."activityId"
  CROSS JOIN LATERAL (SELECT p."attendance" IN ('ATTENDED', 'PARTIAL') AS reached) r
  WHERE p."role" <> 'TRAINER'
  GROUP BY a."programmeId", a."startDate", a."type", p."participantId";
END $$;

SELECT dashboard_aggregates_rebuild();
