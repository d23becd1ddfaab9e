-- Partner organisations authorised in consultations before the organisations register existed
-- become organisations of it (source 'consultation_partner', unverified, no KRS/NIP yet: their
-- admins complete them). One organisation per distinct name (case and outer spaces ignored), named
-- and kinded after its earliest partner row; its id and slug are derived from the name so that the
-- partner rows can be linked in the same migration. The representative of the earliest partner row
-- becomes the organisation's admin, other representatives its representatives.
INSERT INTO "organisation" ("id", "slug", "name", "kind", "source", "created_at", "updated_at")
SELECT DISTINCT ON (lower(btrim(p."name")))
	'p' || md5(lower(btrim(p."name"))),
	left(coalesce(nullif(btrim(regexp_replace(translate(lower(btrim(p."name")), 'ąćęłńóśźż', 'acelnoszz'), '[^a-z0-9]+', '-', 'g'), '-'), ''), 'organizacja'), 72) || '-' || substr(md5(lower(btrim(p."name"))), 1, 6),
	btrim(p."name"),
	CASE p."kind" WHEN 'ngo' THEN 'other_ngo' WHEN 'school' THEN 'school' WHEN 'housing' THEN 'housing' WHEN 'senior_centre' THEN 'senior_centre' WHEN 'civic_centre' THEN 'civic_centre' ELSE 'other' END,
	'consultation_partner',
	p."created_at",
	p."created_at"
FROM "consultation_partner" p
WHERE p."organisation_id" IS NULL
ORDER BY lower(btrim(p."name")), p."created_at", p."id"
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "organisation_member" ("organisation_id", "user_id", "role", "added_at")
SELECT x.org_id, x.rep, CASE WHEN x.position = 1 THEN 'admin' ELSE 'representative' END, x.created_at
FROM (
	SELECT
		'p' || md5(lower(btrim(p."name"))) AS org_id,
		p."representative_id" AS rep,
		p."created_at" AS created_at,
		row_number() OVER (PARTITION BY lower(btrim(p."name")) ORDER BY p."created_at", p."id") AS position,
		row_number() OVER (PARTITION BY lower(btrim(p."name")), p."representative_id" ORDER BY p."created_at", p."id") AS once
	FROM "consultation_partner" p
	WHERE p."organisation_id" IS NULL AND p."representative_id" IS NOT NULL
) x
WHERE x.once = 1
ON CONFLICT DO NOTHING;
--> statement-breakpoint
UPDATE "consultation_partner" SET "organisation_id" = 'p' || md5(lower(btrim("name"))) WHERE "organisation_id" IS NULL;
