-- Ideas proposed before ideas belonged to a process join the newest published ideas process
-- (its officials answer them); without one they stay unassigned (admins answer).
UPDATE "idea" SET "process_id" = (
	SELECT "id" FROM "process" WHERE "mechanism" = 'ideas' AND "status" = 'published' ORDER BY "created_at" DESC LIMIT 1
) WHERE "process_id" IS NULL;
