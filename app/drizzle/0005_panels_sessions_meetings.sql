ALTER TABLE "panel_session" ADD COLUMN "meeting_id" text;--> statement-breakpoint
ALTER TABLE "panel_session" ADD CONSTRAINT "panel_session_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Sessions made before this migration become meetings of their panel's process (3 hours long,
-- in person; the officials may edit them on the meeting page), and the active panelists of the
-- panel are registered for the upcoming ones (monitors for monitoring sessions).
INSERT INTO "meeting" ("id", "process_id", "title", "description", "format", "place", "link", "starts_at", "ends_at", "created_at")
SELECT 'ps-' || s."id", s."process_id", s."title", s."description", 'in_person', s."place", '', s."starts_at", s."starts_at" + interval '3 hours', now()
FROM "panel_session" s WHERE s."meeting_id" IS NULL;--> statement-breakpoint
UPDATE "panel_session" SET "meeting_id" = 'ps-' || "id" WHERE "meeting_id" IS NULL;--> statement-breakpoint
INSERT INTO "meeting_registration" ("id", "meeting_id", "user_id", "status", "created_at")
SELECT 'psr-' || s."id" || '-' || pm."user_id", s."meeting_id", pm."user_id", 'registered', now()
FROM "panel_session" s
JOIN "panel_member" pm ON pm."process_id" = s."process_id" AND pm."active" AND pm."role" = (CASE WHEN s."kind" = 'monitoring' THEN 'monitor' ELSE 'panelist' END)
WHERE s."starts_at" > now()
ON CONFLICT DO NOTHING;
