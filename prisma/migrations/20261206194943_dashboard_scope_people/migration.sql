-- CreateTable
CREATE TABLE "DashboardScopePerson" (
    "scope" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "sex" "Sex" NOT NULL,
    "ageBand" "AgeBand" NOT NULL,
    "stakeholderGroup" "StakeholderGroup" NOT NULL,
    "organizationId" TEXT NOT NULL,
    "countryCode" CHAR(2),
    "years" INTEGER[],
    "activityTypes" "ActivityType"[],
    "participations" INTEGER NOT NULL,
    "satisfactionSum" INTEGER NOT NULL,
    "satisfactionN" INTEGER NOT NULL,
    "gainSum" INTEGER NOT NULL,
    "gainN" INTEGER NOT NULL,

    CONSTRAINT "DashboardScopePerson_pkey" PRIMARY KEY ("scope","participantId")
);

-- CreateTable
CREATE TABLE "DashboardScopeCount" (
    "scope" TEXT NOT NULL,
    "dimension" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "sex" "Sex" NOT NULL,
    "people" INTEGER NOT NULL,
    "participations" INTEGER NOT NULL,
    "satisfactionSum" INTEGER NOT NULL,
    "satisfactionN" INTEGER NOT NULL,
    "gainSum" INTEGER NOT NULL,
    "gainN" INTEGER NOT NULL,

    CONSTRAINT "DashboardScopeCount_pkey" PRIMARY KEY ("scope","dimension","key","sex")
);

-- CreateTable
CREATE TABLE "DashboardProgrammeDay" (
    "programmeId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "activityType" "ActivityType" NOT NULL,
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

    CONSTRAINT "DashboardProgrammeDay_pkey" PRIMARY KEY ("programmeId","day","activityType")
);

-- CreateTable
CREATE TABLE "DashboardPendingFlush" (
    "txid" BIGINT NOT NULL DEFAULT txid_current(),

    CONSTRAINT "DashboardPendingFlush_pkey" PRIMARY KEY ("txid")
);

-- CreateTable
CREATE TABLE "DashboardPendingPerson" (
    "txid" BIGINT NOT NULL DEFAULT txid_current(),
    "participantId" TEXT NOT NULL,

    CONSTRAINT "DashboardPendingPerson_pkey" PRIMARY KEY ("txid","participantId")
);

-- CreateTable
CREATE TABLE "DashboardPendingDay" (
    "txid" BIGINT NOT NULL DEFAULT txid_current(),
    "programmeId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "activityType" "ActivityType" NOT NULL,

    CONSTRAINT "DashboardPendingDay_pkey" PRIMARY KEY ("txid","programmeId","day","activityType")
);

-- CreateIndex
CREATE INDEX "DashboardScopePerson_participantId_idx" ON "DashboardScopePerson"("participantId");

-- ───────────── Upkeep of the scope aggregates (ARCHITECTURE.md, "Dashboards") ─────────────
-- "DashboardScopePerson" is a function of "DashboardPersonDay", the programmes each scope
-- covers and the people's details; "DashboardScopeCount" is the sum of its rows;
-- "DashboardProgrammeDay" is "DashboardPersonDay" summed over people. At the end of every
-- statement that changes one of those inputs, the rows of the people and days it touched
-- are recomputed (in one go: a bulk import is one recomputation) and the difference of the
-- people's rows is added to the counts, in the same transaction as the write.

-- "DashboardProgrammeDay" recomputed for these (programme, day, type) keys (under
-- dashboard_pending_flush's lock).
CREATE FUNCTION dashboard_programme_day_refresh(p_programmes text[], p_days date[], p_types "ActivityType"[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF p_programmes IS NULL OR cardinality(p_programmes) = 0 THEN RETURN; END IF;
  DELETE FROM "DashboardProgrammeDay" t USING unnest(p_programmes, p_days, p_types) k(p, d, y)
  WHERE t."programmeId" = k.p AND t."day" = k.d AND t."activityType" = k.y;
  -- (The conditions on the view's programme and day reach its scan: only those days are summed.)
  INSERT INTO "DashboardProgrammeDay"
  SELECT r.* FROM "DashboardProgrammeDayRebuilt" r
  WHERE r."programmeId" = ANY(p_programmes) AND r."day" = ANY(p_days)
    AND (r."programmeId", r."day", r."activityType") IN (SELECT * FROM unnest(p_programmes, p_days, p_types));
END $$;

-- ── What a transaction touched, recomputed once when it commits ──
-- The triggers below only note the people and days a statement touched; a deferred trigger
-- recomputes them when the transaction commits (dashboard_pending_flush): once however many
-- statements touched them (an attendance grid saves row by row), and one transaction at a
-- time, so that concurrent writers wait for each other instead of deadlocking or
-- recomputing from what the other has not committed yet.
-- (One "DashboardPendingFlush" row per transaction sets off one recomputation: a deferred
-- trigger per noted row would run as many times.)
CREATE FUNCTION dashboard_enqueue_flush() RETURNS void LANGUAGE sql AS $$
  INSERT INTO "DashboardPendingFlush" DEFAULT VALUES ON CONFLICT DO NOTHING;
$$;

CREATE FUNCTION dashboard_enqueue_people(p_people text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "DashboardPendingPerson" ("participantId")
  SELECT DISTINCT p FROM unnest(p_people) p WHERE p IS NOT NULL
  ON CONFLICT DO NOTHING;
  SELECT dashboard_enqueue_flush() WHERE cardinality(p_people) > 0;
$$;

CREATE FUNCTION dashboard_enqueue_days(p_programmes text[], p_days date[], p_types "ActivityType"[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "DashboardPendingDay" ("programmeId", "day", "activityType")
  SELECT DISTINCT k.p, k.d, k.y FROM unnest(p_programmes, p_days, p_types) k(p, d, y) WHERE k.p IS NOT NULL
  ON CONFLICT DO NOTHING;
  SELECT dashboard_enqueue_flush() WHERE cardinality(p_programmes) > 0;
$$;

-- The days of these activities.
CREATE FUNCTION dashboard_enqueue_activity_days(p_activities text[]) RETURNS void LANGUAGE sql AS $$
  SELECT dashboard_enqueue_days(array_agg(a."programmeId"), array_agg(a."startDate"), array_agg(a."type")) FROM "Activity" a WHERE a.id = ANY(p_activities);
$$;

-- The people reached in these programmes (their scopes changed).
CREATE FUNCTION dashboard_enqueue_programme_people(p_programmes text[]) RETURNS void LANGUAGE sql AS $$
  SELECT dashboard_enqueue_people(ARRAY(SELECT DISTINCT d."participantId" FROM "DashboardPersonDay" d WHERE d."programmeId" = ANY(p_programmes) AND d."reached" > 0));
$$;

CREATE VIEW "DashboardProgrammeDayRebuilt" AS
  SELECT d."programmeId", d."day", d."activityType", sum(d."rows")::int AS "rows", sum(d."reached")::int AS "reached",
         sum(d."satisfactionSum")::int AS "satisfactionSum", sum(d."satisfactionN")::int AS "satisfactionN", sum(d."gainSum")::int AS "gainSum", sum(d."gainN")::int AS "gainN",
         sum(d."reachedSatisfactionSum")::int AS "reachedSatisfactionSum", sum(d."reachedSatisfactionN")::int AS "reachedSatisfactionN",
         sum(d."reachedGainSum")::int AS "reachedGainSum", sum(d."reachedGainN")::int AS "reachedGainN"
  FROM "DashboardPersonDay" d
  GROUP BY d."programmeId", d."day", d."activityType";

-- The programmes of each scope.
CREATE VIEW "DashboardScopeProgramme" AS
  SELECT 'all'::text AS "scope", p.id AS "programmeId" FROM "Programme" p WHERE NOT p."archived"
  UNION ALL
  SELECT 'donor:' || f."donorId", f."programmeId" FROM "ProgrammeFunding" f JOIN "Programme" p ON p.id = f."programmeId" WHERE NOT p."archived"
  UNION ALL
  SELECT 'programme:' || p.id, p.id FROM "Programme" p;

-- Every scope person row as computed from the inputs (filtered by person, the planner reads
-- only that person's aggregates).
CREATE VIEW "DashboardScopePersonRebuilt" AS
  SELECT g."scope", g."participantId", pt."sex", pt."ageBand", pt."stakeholderGroup", pt."organizationId", pt."countryCode",
         g."years", g."activityTypes", g."participations", g."satisfactionSum", g."satisfactionN", g."gainSum", g."gainN"
  FROM (
    SELECT s."scope", d."participantId",
           array_agg(DISTINCT date_part('year', d."day")::int ORDER BY date_part('year', d."day")::int) AS "years",
           array_agg(DISTINCT d."activityType" ORDER BY d."activityType") AS "activityTypes",
           sum(d."reached")::int AS "participations",
           sum(d."reachedSatisfactionSum")::int AS "satisfactionSum", sum(d."reachedSatisfactionN")::int AS "satisfactionN",
           sum(d."reachedGainSum")::int AS "gainSum", sum(d."reachedGainN")::int AS "gainN"
    FROM "DashboardPersonDay" d
    JOIN "DashboardScopeProgramme" s ON s."programmeId" = d."programmeId"
    WHERE d."reached" > 0
    GROUP BY s."scope", d."participantId"
  ) g
  JOIN "Participant" pt ON pt.id = g."participantId";

-- The counts of the scope person rows a query returns (with a "sign" column first: -1 for
-- rows going, 1 for rows coming), its $1 being p_people. One pass over the rows per grouping.
CREATE FUNCTION dashboard_scope_counts(p_rows text, p_people text[] DEFAULT NULL) RETURNS SETOF "DashboardScopeCount" LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY EXECUTE format($sql$
    WITH x AS (%s)
    SELECT x."scope",
           CASE GROUPING(x."ageBand", x."organizationId", x."countryCode", x."years")
             WHEN 15 THEN 'total' WHEN 7 THEN 'cube' WHEN 11 THEN 'nsb' WHEN 13 THEN 'country' ELSE 'years' END,
           CASE GROUPING(x."ageBand", x."organizationId", x."countryCode", x."years")
             WHEN 15 THEN '' WHEN 7 THEN x."ageBand"::text || '|' || x."stakeholderGroup"::text WHEN 11 THEN x."organizationId"
             WHEN 13 THEN coalesce(x."countryCode", '') ELSE array_to_string(x."years", ',') END,
           x."sex",
           sum(x.sign)::int,
           -- The sums on every dimension but the years.
           (sum(x.sign * x."participations") * GROUPING(x."years"))::int,
           (sum(x.sign * x."satisfactionSum") * GROUPING(x."years"))::int, (sum(x.sign * x."satisfactionN") * GROUPING(x."years"))::int,
           (sum(x.sign * x."gainSum") * GROUPING(x."years"))::int, (sum(x.sign * x."gainN") * GROUPING(x."years"))::int
    FROM x
    GROUP BY GROUPING SETS (
      (x."scope", x."sex"),
      (x."scope", x."sex", x."ageBand", x."stakeholderGroup"),
      (x."scope", x."sex", x."organizationId"),
      (x."scope", x."sex", x."countryCode"),
      (x."scope", x."sex", x."years"))
    UNION ALL
    SELECT x."scope", 'type', t::text, x."sex", sum(x.sign)::int, 0, 0, 0, 0, 0
    FROM x CROSS JOIN LATERAL unnest(x."activityTypes") t
    GROUP BY x."scope", t, x."sex"$sql$, p_rows) USING p_people;
END $$;

-- Every count as computed from the inputs.
CREATE VIEW "DashboardScopeCountRebuilt" AS
  SELECT * FROM dashboard_scope_counts('SELECT 1 AS sign, * FROM "DashboardScopePersonRebuilt"');

-- Recomputes these people's scope rows and moves the counts by the difference (under
-- dashboard_pending_flush's lock).
CREATE FUNCTION dashboard_scope_people_refresh(p_people text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_source text;
  v_scopes text[];
  v_touched text[] := '{}';
BEGIN
  IF p_people IS NULL OR cardinality(p_people) = 0 THEN RETURN; END IF;
  -- Their rows out (taken from the counts), then in again as recomputed (added).
  FOREACH v_source IN ARRAY ARRAY[
    'DELETE FROM "DashboardScopePerson" WHERE "participantId" = ANY($1) RETURNING -1 AS sign, *',
    'INSERT INTO "DashboardScopePerson" SELECT * FROM "DashboardScopePersonRebuilt" WHERE "participantId" = ANY($1) RETURNING 1 AS sign, *'
  ] LOOP
    WITH moved AS (
      INSERT INTO "DashboardScopeCount" AS c SELECT * FROM dashboard_scope_counts(v_source, p_people)
      ON CONFLICT ("scope", "dimension", "key", "sex") DO UPDATE SET
        "people" = c."people" + EXCLUDED."people",
        "participations" = c."participations" + EXCLUDED."participations",
        "satisfactionSum" = c."satisfactionSum" + EXCLUDED."satisfactionSum",
        "satisfactionN" = c."satisfactionN" + EXCLUDED."satisfactionN",
        "gainSum" = c."gainSum" + EXCLUDED."gainSum",
        "gainN" = c."gainN" + EXCLUDED."gainN"
      RETURNING c."scope"
    )
    SELECT array_agg(DISTINCT "scope") INTO v_scopes FROM moved;
    v_touched := v_touched || coalesce(v_scopes, '{}');
  END LOOP;
  -- A count no one contributes to any more goes (its people are 0).
  DELETE FROM "DashboardScopeCount" WHERE "scope" = ANY(v_touched) AND "people" = 0;
END $$;

-- Recomputes the days and people this transaction touched (a deferred trigger: at commit),
-- under one lock held to the commit: a
-- recomputation reads what every earlier one committed, and none waits for another while
-- holding what it needs (no deadlock).
CREATE FUNCTION dashboard_pending_flush() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_programmes text[]; v_days date[]; v_types "ActivityType"[]; v_people text[];
BEGIN
  -- Gone, so that anything noted after this (SET CONSTRAINTS ... IMMEDIATE) sets off another.
  DELETE FROM "DashboardPendingFlush" WHERE "txid" = txid_current();
  WITH done AS (DELETE FROM "DashboardPendingDay" WHERE "txid" = txid_current() RETURNING "programmeId", "day", "activityType")
  SELECT array_agg("programmeId"), array_agg("day"), array_agg("activityType") INTO v_programmes, v_days, v_types FROM done;
  WITH done AS (DELETE FROM "DashboardPendingPerson" WHERE "txid" = txid_current() RETURNING "participantId")
  SELECT array_agg("participantId") INTO v_people FROM done;
  IF v_programmes IS NULL AND v_people IS NULL THEN RETURN NULL; END IF;
  -- One writer at a time from here to its commit (the count rows would make them queue anyway).
  PERFORM pg_advisory_xact_lock(16161);
  PERFORM dashboard_programme_day_refresh(v_programmes, v_days, v_types);
  PERFORM dashboard_scope_people_refresh(v_people);
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "DashboardPendingFlush_flush" AFTER INSERT ON "DashboardPendingFlush"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_pending_flush();

-- People and days touched by a statement on "Participation": any whose reached rows may have moved.
CREATE FUNCTION dashboard_scope_participation_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE v_people text[]; v_activities text[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "participantId"), array_agg(DISTINCT "activityId") INTO v_people, v_activities FROM new_rows WHERE "role" <> 'TRAINER';
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT "participantId"), array_agg(DISTINCT "activityId") INTO v_people, v_activities FROM old_rows WHERE "role" <> 'TRAINER';
  ELSE
    SELECT array_agg(DISTINCT x.person), array_agg(DISTINCT x.activity) INTO v_people, v_activities
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES (o."participantId", o."activityId"), (n."participantId", n."activityId")) x(person, activity)
    WHERE (o."activityId", o."participantId", o."role", o."attendance", o."satisfaction", o."preTestScore", o."postTestScore")
      IS DISTINCT FROM (n."activityId", n."participantId", n."role", n."attendance", n."satisfaction", n."preTestScore", n."postTestScore");
  END IF;
  -- (The days of an activity being deleted are refreshed by its own trigger, below.)
  PERFORM dashboard_enqueue_activity_days(v_activities);
  PERFORM dashboard_enqueue_people(v_people);
  RETURN NULL;
END $$;

CREATE TRIGGER "Participation_scope_insert" AFTER INSERT ON "Participation" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_scope_participation_trigger();
CREATE TRIGGER "Participation_scope_update" AFTER UPDATE ON "Participation" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_scope_participation_trigger();
CREATE TRIGGER "Participation_scope_delete" AFTER DELETE ON "Participation" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_scope_participation_trigger();

-- An activity moved to another programme, type or start day: its old and new days, and its participants.
CREATE FUNCTION dashboard_scope_activity_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE v_programmes text[]; v_days date[]; v_types "ActivityType"[];
BEGIN
  SELECT array_agg(k.p), array_agg(k.d), array_agg(k.y) INTO v_programmes, v_days, v_types
  FROM old_rows o JOIN new_rows n ON n.id = o.id
  CROSS JOIN LATERAL (VALUES (o."programmeId", o."startDate", o."type"), (n."programmeId", n."startDate", n."type")) k(p, d, y)
  WHERE (o."programmeId", o."type", o."startDate") IS DISTINCT FROM (n."programmeId", n."type", n."startDate");
  PERFORM dashboard_enqueue_days(v_programmes, v_days, v_types);
  PERFORM dashboard_enqueue_people(ARRAY(
    SELECT DISTINCT p."participantId" FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN "Participation" p ON p."activityId" = n.id
    WHERE p."role" <> 'TRAINER' AND (o."programmeId", o."type", o."startDate") IS DISTINCT FROM (n."programmeId", n."type", n."startDate")));
  RETURN NULL;
END $$;

-- A deleted activity's day (recomputed at commit, without it). Its participants are noted as
-- its participations go.
CREATE FUNCTION dashboard_scope_activity_delete_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_enqueue_days(ARRAY[OLD."programmeId"], ARRAY[OLD."startDate"], ARRAY[OLD."type"]);
  RETURN OLD;
END $$;

CREATE TRIGGER "Activity_scope_delete" BEFORE DELETE ON "Activity"
  FOR EACH ROW EXECUTE FUNCTION dashboard_scope_activity_delete_trigger();
CREATE TRIGGER "Activity_scope_update" AFTER UPDATE ON "Activity" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_scope_activity_trigger();

-- A programme archived or restored, or a funding added, moved or removed, changes which
-- programmes a scope covers: the people reached in those programmes.
CREATE FUNCTION dashboard_scope_programme_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_enqueue_programme_people(ARRAY(SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o."archived" IS DISTINCT FROM n."archived"));
  RETURN NULL;
END $$;

CREATE TRIGGER "Programme_scope_update" AFTER UPDATE ON "Programme" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_scope_programme_trigger();

CREATE FUNCTION dashboard_scope_funding_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM dashboard_enqueue_programme_people(ARRAY(SELECT "programmeId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM dashboard_enqueue_programme_people(ARRAY(SELECT "programmeId" FROM old_rows));
  ELSE
    PERFORM dashboard_enqueue_programme_people(ARRAY(
      SELECT x.programme FROM old_rows o JOIN new_rows n ON n.id = o.id CROSS JOIN LATERAL (VALUES (o."programmeId"), (n."programmeId")) x(programme)
      WHERE (o."programmeId", o."donorId") IS DISTINCT FROM (n."programmeId", n."donorId")));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "ProgrammeFunding_scope_insert" AFTER INSERT ON "ProgrammeFunding" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_scope_funding_trigger();
CREATE TRIGGER "ProgrammeFunding_scope_update" AFTER UPDATE ON "ProgrammeFunding" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_scope_funding_trigger();
CREATE TRIGGER "ProgrammeFunding_scope_delete" AFTER DELETE ON "ProgrammeFunding" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_scope_funding_trigger();

-- A person's details (sex, age band, group, NSB, country) changed.
CREATE FUNCTION dashboard_scope_participant_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_enqueue_people(ARRAY(
    SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o."sex", o."ageBand", o."stakeholderGroup", o."organizationId", o."countryCode")
      IS DISTINCT FROM (n."sex", n."ageBand", n."stakeholderGroup", n."organizationId", n."countryCode")));
  RETURN NULL;
END $$;

CREATE TRIGGER "Participant_scope_update" AFTER UPDATE ON "Participant" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_scope_participant_trigger();

-- Truncation of the raw tables empties these aggregates too.
CREATE OR REPLACE FUNCTION dashboard_truncate_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "DashboardPersonDay";
  DELETE FROM "DashboardScopePerson";
  DELETE FROM "DashboardScopeCount";
  DELETE FROM "DashboardProgrammeDay";
  DELETE FROM "DashboardPendingPerson";
  DELETE FROM "DashboardPendingDay";
  DELETE FROM "DashboardPendingFlush";
  RETURN NULL;
END $$;

-- The aggregates recomputed from the raw rows (npm run db:aggregates; the equivalence test):
-- "DashboardPersonDay" as the dashboard_aggregates migration rebuilt it, then what is kept
-- from it.
ALTER FUNCTION dashboard_aggregates_rebuild() RENAME TO dashboard_person_day_rebuild;

CREATE FUNCTION dashboard_aggregates_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE "Participation", "Activity", "Programme", "ProgrammeFunding", "Participant" IN SHARE MODE;
  PERFORM dashboard_person_day_rebuild();
  DELETE FROM "DashboardProgrammeDay";
  INSERT INTO "DashboardProgrammeDay" SELECT * FROM "DashboardProgrammeDayRebuilt";
  DELETE FROM "DashboardScopePerson";
  INSERT INTO "DashboardScopePerson" SELECT * FROM "DashboardScopePersonRebuilt";
  DELETE FROM "DashboardScopeCount";
  INSERT INTO "DashboardScopeCount" SELECT * FROM dashboard_scope_counts('SELECT 1 AS sign, * FROM "DashboardScopePerson"');
END $$;

-- The rows the aggregates hold already (the data of databases migrated before this).
INSERT INTO "DashboardProgrammeDay" SELECT * FROM "DashboardProgrammeDayRebuilt";
INSERT INTO "DashboardScopePerson" SELECT * FROM "DashboardScopePersonRebuilt";
INSERT INTO "DashboardScopeCount" SELECT * FROM "DashboardScopeCountRebuilt";
