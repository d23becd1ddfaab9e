import { d as district } from './schema2.js-Sj7x0PO2.js';
import { p as processRules } from './service4.js-B9dMCCsC.js';
import { p as process } from './schema4.js-DVO4fwmJ.js';
import { c as commentRules, a as comment, b as commentReport } from './schema5.js-CNQvs3tC.js';
import { a as notification } from './service3.js-BzPHPzf0.js';
import { c as canReadAudit } from './service2.js-qqQkOHfI.js';
import { m as meetingsModule } from './meetings.js-CEhBbRYG.js';
import { c as consultationsModule } from './consultations.js-CWe6i0oK.js';
import { i as ideasModule } from './ideas.js-CAhG4kXJ.js';
import { f as panelRules, e as panel, g as attachPanel, h as createPanel, i as parseCsv, j as censusShares, s as setQuotas, p as panelVolunteer, k as importAddresses, l as drawLetters, d as panelDraw, m as addSession, n as addMaterial, b as panelSubmission, o as panelRecommendation, q as panelRevision, r as panelResponse, t as panelUpdate, u as panelVoteRound, v as panelAssessment } from './views.js-DTyBJOYt.js';
import { p as panelsPersonalData } from './service8.js-CUSw6Szj.js';
import { n as newId } from './ids.js-DjVSHxXU.js';
import { e as budgetRules, b as budgetEdition, c as budgetProject, f as budgetBallot, g as budgetAppeal, h as budgetPhoto, i as budgetSupport, j as budgetVolunteer, k as budgetCoauthor, l as budgetParticipation, m as createEdition, n as addPool, s as saveDraft, o as submitProject, v as verifyProject, q as appealDecision, r as decideAppeal, t as newReceipt, u as budgetBallotChoice } from './service9.js-h2CQjVIl.js';
import { s as shippedFiles, i as importPabulibEdition } from './import.js-DcF_PdLl.js';
import { sql, eq, and, inArray } from 'drizzle-orm';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';

// src/lib/server/accounts/permissions.ts
/** Account rules. Everyone manages their own profile; only admins change roles or read the outbox. */
var accountRules = {
	editOwnProfile: (actor) => actor !== null,
	changeRoles: (actor) => actor?.role === "admin",
	readOutbox: (actor) => actor?.role === "admin",
	listUsers: (actor) => actor?.role === "admin"
};
// src/lib/server/accounts/index.ts
/** Accounts: sign-up/in with e-mail (better-auth), roles (resident, moderator, official, admin),
* profile with district and optional demographics (consent), data export and deletion, rate
* limits. Tables: user, session, account, verification, rate_limit. */
var accountsModule = {
	name: "accounts",
	tables: [
		"user",
		"session",
		"account",
		"verification",
		"rate_limit"
	],
	permissions: accountRules
};
// src/lib/server/districts/index.ts
/** Districts: Kraków's 18 dzielnice with boundaries (GeoJSON) and population by sex
* (2025-12-31). Public; no personal data. */
var districtsModule = {
	name: "districts",
	tables: ["district"],
	statistics: async (db) => {
		const [row] = await db.select({
			n: sql`count(*)::int`,
			people: sql`coalesce(sum(${district.population}),0)::int`
		}).from(district);
		return {
			districts: row.n,
			population: row.people
		};
	}
};
// src/lib/server/api/coreApi.ts
var notFound$1 = {
	description: "Not found",
	content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } }
};
var csv$1 = (description) => ({
	description,
	content: { "text/csv": { schema: { type: "string" } } }
});
var coreApi = {
	paths: {
		"/api/v1/districts": { get: {
			operationId: "listDistricts",
			summary: "Kraków's 18 districts with their registered population (2025-12-31)",
			tags: ["districts"],
			responses: { "200": {
				description: "The districts",
				content: { "application/json": { schema: {
					type: "array",
					items: { $ref: "#/components/schemas/District" }
				} } }
			} }
		} },
		"/api/v1/districts.csv": { get: {
			operationId: "listDistrictsCsv",
			summary: "The districts as CSV",
			tags: ["districts"],
			responses: { "200": csv$1("CSV: id,number,name,population") }
		} },
		"/api/v1/processes": { get: {
			operationId: "listProcesses",
			summary: "Public participatory processes with their phases",
			tags: ["processes"],
			parameters: [{
				name: "mechanism",
				in: "query",
				required: false,
				schema: {
					type: "string",
					enum: [
						"budget",
						"initiative",
						"consultation",
						"ngo",
						"panel",
						"event",
						"ideas"
					]
				}
			}, {
				name: "district",
				in: "query",
				required: false,
				schema: {
					type: "integer",
					minimum: 1,
					maximum: 18
				}
			}],
			responses: {
				"200": {
					description: "The processes",
					content: { "application/json": { schema: {
						type: "array",
						items: { $ref: "#/components/schemas/Process" }
					} } }
				},
				"400": {
					description: "Invalid filter",
					content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } }
				}
			}
		} },
		"/api/v1/processes.csv": { get: {
			operationId: "listProcessesCsv",
			summary: "The processes as CSV",
			tags: ["processes"],
			responses: { "200": csv$1("CSV of processes") }
		} },
		"/api/v1/processes/{slug}": { get: {
			operationId: "getProcess",
			summary: "One public process",
			tags: ["processes"],
			parameters: [{
				name: "slug",
				in: "path",
				required: true,
				schema: { type: "string" }
			}],
			responses: {
				"200": {
					description: "The process",
					content: { "application/json": { schema: { $ref: "#/components/schemas/Process" } } }
				},
				"404": notFound$1
			}
		} }
	},
	schemas: {
		District: {
			type: "object",
			required: [
				"id",
				"number",
				"name",
				"population"
			],
			properties: {
				id: {
					type: "integer",
					minimum: 1,
					maximum: 18
				},
				number: {
					type: "string",
					description: "Roman numeral I–XVIII"
				},
				name: { type: "string" },
				population: {
					type: "integer",
					description: "Registered permanent residents on 2025-12-31"
				}
			}
		},
		Phase: {
			type: "object",
			required: [
				"name",
				"startsAt",
				"endsAt"
			],
			properties: {
				name: { type: "string" },
				startsAt: {
					type: "string",
					format: "date-time"
				},
				endsAt: {
					type: "string",
					format: "date-time"
				}
			}
		},
		Process: {
			type: "object",
			required: [
				"id",
				"slug",
				"mechanism",
				"title",
				"description",
				"districtId",
				"topics",
				"status",
				"phases",
				"open"
			],
			properties: {
				id: { type: "string" },
				slug: { type: "string" },
				mechanism: {
					type: "string",
					enum: [
						"budget",
						"initiative",
						"consultation",
						"ngo",
						"panel",
						"event",
						"ideas"
					]
				},
				title: { type: "string" },
				description: { type: "string" },
				scope: {
					type: "object",
					properties: {
						decided: { type: "string" },
						open: { type: "string" },
						whoDecides: { type: "string" },
						when: { type: "string" }
					}
				},
				districtId: {
					type: ["integer", "null"],
					description: "null = citywide"
				},
				topics: {
					type: "array",
					items: {
						type: "string",
						enum: [
							"energy",
							"transport",
							"greenery_water",
							"heat",
							"air",
							"waste",
							"education"
						]
					}
				},
				status: {
					type: "string",
					enum: ["published", "closed"]
				},
				outcome: { type: ["string", "null"] },
				currentPhase: { type: ["string", "null"] },
				open: { type: "boolean" },
				phases: {
					type: "array",
					items: { $ref: "#/components/schemas/Phase" }
				}
			}
		}
	}
};
// src/lib/server/processes/index.ts
/** Participatory processes: the container every mechanism lives in (title, scope statement,
* district or citywide, climate topics, phases, assigned officials). Tables: process, phase,
* process_official. Personal data: none (assignments end with the account). */
var processesModule = {
	name: "processes",
	tables: [
		"process",
		"phase",
		"process_official"
	],
	permissions: processRules,
	api: coreApi,
	statistics: async (db) => {
		const rows = await db.select({
			status: process.status,
			n: sql`count(*)::int`
		}).from(process).groupBy(process.status);
		return Object.fromEntries(rows.map((r) => [`processes_${r.status}`, r.n]));
	}
};
// src/lib/server/comments/index.ts
/** Comments: threaded discussion on processes, projects, recommendations, ideas and paragraphs.
* Tables: comment, comment_report. Personal data: authored comments and reports (exported;
* anonymised on account deletion). Moderation lives in ../moderation. */
var commentsModule = {
	name: "comments",
	tables: ["comment", "comment_report"],
	permissions: commentRules,
	personalData: {
		module: "comments",
		async export(db, userId) {
			return {
				comments: await db.select({
					id: comment.id,
					targetType: comment.targetType,
					targetId: comment.targetId,
					body: comment.body,
					status: comment.status,
					createdAt: comment.createdAt
				}).from(comment).where(eq(comment.authorId, userId)),
				reports: await db.select({
					commentId: commentReport.commentId,
					reason: commentReport.reason,
					createdAt: commentReport.createdAt
				}).from(commentReport).where(eq(commentReport.reporterId, userId))
			};
		},
		async erase(db, userId) {
			await db.update(comment).set({ authorId: null }).where(eq(comment.authorId, userId));
			await db.update(commentReport).set({ reporterId: null }).where(eq(commentReport.reporterId, userId));
		}
	}
};
// src/lib/server/moderation/index.ts
/** Moderation: the queue of reported comments; hide with a public reason (author notified),
* restore, dismiss reports. Every action is audited. Owns no tables (works on comments). */
var moderationModule = {
	name: "moderation",
	tables: []
};
// src/lib/server/notifications/index.ts
/** Notifications: in-app notices and the e-mail outbox (sent by SMTP when configured).
* Tables: notification, outbox_email. */
var notificationsModule = {
	name: "notifications",
	tables: ["notification", "outbox_email"],
	personalData: {
		module: "notifications",
		async export(db, userId) {
			return db.select({
				kind: notification.kind,
				payload: notification.payload,
				createdAt: notification.createdAt,
				readAt: notification.readAt
			}).from(notification).where(eq(notification.userId, userId));
		},
		async erase(db, userId) {
			await db.delete(notification).where(eq(notification.userId, userId));
		}
	}
};
// src/lib/server/audit/index.ts
/** Audit: the append-only log of every official, moderator and admin action (who, what, when,
* before/after). The database refuses UPDATE/DELETE/TRUNCATE. Admins read it. */
var auditModule = {
	name: "audit",
	tables: ["audit_log"],
	permissions: { read: canReadAudit }
};
// src/lib/server/panels/api.ts
var notFound = {
	description: "Not found",
	content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } }
};
var idParam = [{
	name: "id",
	in: "path",
	required: true,
	description: "Panel (process) id or slug",
	schema: { type: "string" }
}];
var ok$1 = (description, schema) => ({
	description,
	content: { "application/json": { schema } }
});
/** The panel module's part of /api/v1. No personal data: the pool is anonymised rows. */
var panelsApi = {
	paths: {
		"/api/v1/panels": { get: {
			operationId: "listPanels",
			summary: "Citizens' panels",
			tags: ["panels"],
			responses: { "200": ok$1("The panels", {
				type: "array",
				items: { $ref: "#/components/schemas/PanelSummary" }
			}) }
		} },
		"/api/v1/panels/{id}": { get: {
			operationId: "getPanel",
			summary: "One panel: question, size, criteria, quotas, status",
			tags: ["panels"],
			parameters: idParam,
			responses: {
				"200": ok$1("The panel", { $ref: "#/components/schemas/Panel" }),
				"404": notFound
			}
		} },
		"/api/v1/panels/{id}/draw": { get: {
			operationId: "getPanelDraw",
			summary: "The public draw: seed commitment, revealed seed, m panels as anonymised row indices, chosen index, per-row probability",
			tags: ["panels"],
			parameters: idParam,
			responses: {
				"200": ok$1("The draw", { $ref: "#/components/schemas/PanelDraw" }),
				"404": notFound
			}
		} },
		"/api/v1/panels/{id}/recommendations": { get: {
			operationId: "getPanelRecommendations",
			summary: "Voted recommendations: text, votes, passed, binding, the city’s response and status",
			tags: ["panels"],
			parameters: idParam,
			responses: {
				"200": ok$1("The recommendations", {
					type: "array",
					items: { $ref: "#/components/schemas/PanelRecommendation" }
				}),
				"404": notFound
			}
		} }
	},
	schemas: {
		PanelSummary: {
			type: "object",
			required: [
				"id",
				"slug",
				"title",
				"question",
				"size",
				"stage"
			],
			properties: {
				id: { type: "string" },
				slug: { type: "string" },
				title: { type: "string" },
				question: { type: "string" },
				size: { type: "integer" },
				reserves: { type: "integer" },
				stage: {
					type: "string",
					enum: [
						"setup",
						"recruitment",
						"selection",
						"deliberation",
						"voting",
						"followup",
						"finished"
					]
				},
				synthetic: {
					type: "boolean",
					description: "Demo data: the pool is synthetic"
				},
				thresholdPct: { type: "integer" }
			}
		},
		Panel: {
			type: "object",
			required: [
				"id",
				"question",
				"size",
				"criteria",
				"quotas",
				"status"
			],
			properties: {
				id: { type: "string" },
				slug: { type: "string" },
				title: { type: "string" },
				question: { type: "string" },
				size: { type: "integer" },
				reserves: { type: "integer" },
				status: { type: "string" },
				synthetic: { type: "boolean" },
				thresholdPct: { type: "integer" },
				criteria: {
					type: "array",
					items: { type: "string" }
				},
				quotas: {
					type: "array",
					items: {
						type: "object",
						properties: {
							feature: { type: "string" },
							value: { type: "string" },
							label: { type: "string" },
							share: { type: ["number", "null"] },
							shareSource: {
								type: "string",
								enum: ["census", "manual"]
							},
							min: { type: "integer" },
							max: { type: "integer" }
						}
					}
				},
				volunteers: {
					type: "integer",
					description: "Number of registered volunteers (counts only)"
				}
			}
		},
		PanelDraw: {
			type: "object",
			required: ["status"],
			properties: {
				status: {
					type: "string",
					enum: [
						"none",
						"queued",
						"running",
						"ready",
						"committed",
						"drawn",
						"failed"
					]
				},
				algorithm: { type: "string" },
				seedCommitment: {
					type: ["string", "null"],
					description: "hex SHA-256 of the seed, published before the draw"
				},
				seed: {
					type: ["string", "null"],
					description: "revealed at the draw"
				},
				dice: { type: ["string", "null"] },
				m: { type: ["integer", "null"] },
				chosenIndex: { type: ["integer", "null"] },
				features: {
					type: ["array", "null"],
					items: { type: "string" }
				},
				pool: {
					type: ["array", "null"],
					description: "anonymised pool: one row of feature values per volunteer",
					items: {
						type: "array",
						items: { type: "string" }
					}
				},
				panels: {
					type: ["array", "null"],
					items: {
						type: "array",
						items: { type: "integer" }
					}
				},
				probabilities: {
					type: ["array", "null"],
					items: { type: "number" }
				},
				reserves: {
					type: ["array", "null"],
					items: { type: "integer" }
				},
				verification: { type: "string" }
			}
		},
		PanelRecommendation: {
			type: "object",
			properties: {
				number: { type: "integer" },
				title: { type: "string" },
				text: { type: "string" },
				votes: {
					type: "object",
					properties: {
						support: { type: "integer" },
						oppose: { type: "integer" },
						abstain: { type: "integer" }
					}
				},
				passed: { type: "boolean" },
				binding: { type: "boolean" },
				withinCityPowers: { type: "boolean" },
				response: {
					type: ["object", "null"],
					properties: {
						text: { type: "string" },
						department: { type: "string" },
						deadline: {
							type: ["string", "null"],
							format: "date-time"
						},
						status: {
							type: "string",
							enum: [
								"accepted",
								"in_progress",
								"done",
								"rejected"
							]
						}
					}
				},
				status: { type: ["string", "null"] }
			}
		}
	}
};
// src/lib/server/panels/seed.ts
/** The panel module's data folder, from the source tree or beside the built server. */
function panelsDataDir() {
	const candidates = [
		join(dirname(fileURLToPath(import.meta.url)), "data"),
		globalThis.process.env.DISTRICTS_DATA_DIR ? join(globalThis.process.env.DISTRICTS_DATA_DIR, "../../panels/data") : void 0,
		join(globalThis.process.cwd(), "src/lib/server/panels/data"),
		join(globalThis.process.cwd(), "app/src/lib/server/panels/data")
	].filter((p) => !!p);
	for (const c of candidates) if (existsSync(join(c, "SOURCES.md"))) return c;
	throw new Error(`Panel demo data not found (looked in ${candidates.join(", ")})`);
}
var AGE_LABELS = {
	"18-24": "18–24 lata",
	"25-39": "25–39 lat",
	"40-54": "40–54 lata",
	"55-69": "55–69 lat",
	"70+": "70 lat i więcej"
};
var EDU_LABELS = {
	"podstawowe/gimn": "podstawowe lub gimnazjalne",
	zasadnicze: "zasadnicze zawodowe",
	srednie: "średnie",
	wyzsze: "wyższe"
};
var day$1 = 864e5;
/** Demo: the 2027 climate panel in recruitment with the SYNTHETIC krakow_like_60 pool (564
* volunteers, no draw yet: LEXIMIN is not run during the seed), and a finished 2021-style panel
* with a small precomputed draw and recommendations in various states of implementation. */
async function seedPanels(env) {
	const { db, as, now, log } = env;
	const official = as.official;
	const dir = panelsDataDir();
	const [proc] = await db.select().from(process).where(and(eq(process.mechanism, "panel"), eq(process.title, "Krakowski Panel Klimatyczny 2027")));
	let processId;
	if (proc) {
		processId = proc.id;
		await attachPanel(official, processId, {
			question: "Jak Kraków może szybciej ograniczać emisje w transporcie?",
			size: 60,
			reserves: 20,
			openRegistration: false,
			thresholdPct: 80,
			challengeWindowDays: 30
		}, { synthetic: true });
	} else processId = (await createPanel(official, {
		title: "Krakowski Panel Klimatyczny 2027",
		description: "Sześćdziesiąt osób wylosowanych spośród mieszkańców.",
		question: "Jak Kraków może szybciej ograniczać emisje w transporcie?",
		size: 60,
		reserves: 20
	}, { synthetic: true })).id;
	const cats = parseCsv(readFileSync(join(dir, "categories.csv"), "utf8")).slice(1);
	const districtNames = new Map((await db.select({
		id: district.id,
		roman: district.roman,
		name: district.name
	}).from(district)).map((r) => [`D${String(r.id).padStart(2, "0")}`, `${r.roman}. ${r.name}`]));
	const census = new Map([...(await censusShares(db, "gender")).map((c) => [`gender:${c.value}`, c.share]), ...(await censusShares(db, "district")).map((c) => [`district:${c.value}`, c.share])]);
	await setQuotas(official, processId, cats.map(([feature, value, min, max]) => ({
		feature: feature === "gender" ? "gender" : feature,
		value,
		label: feature === "gender" ? value === "K" ? "Kobieta" : "Mężczyzna" : feature === "age" ? AGE_LABELS[value] ?? value : feature === "education" ? EDU_LABELS[value] ?? value : districtNames.get(value) ?? value,
		share: census.get(`${feature}:${value}`) ?? null,
		shareSource: census.has(`${feature}:${value}`) ? "census" : "manual",
		min: Number(min),
		max: Number(max)
	})));
	await db.update(panel).set({ stage: "recruitment" }).where(eq(panel.processId, processId));
	const rows = parseCsv(readFileSync(join(dir, "respondents.csv"), "utf8"));
	const header = rows[0];
	const volunteers = rows.slice(1).map((r, i) => ({
		id: newId(),
		processId,
		answers: Object.fromEntries(header.map((h, j) => [h, r[j]])),
		household: `synthetic-${i}`,
		synthetic: true,
		consentAt: now,
		createdAt: /* @__PURE__ */ new Date(now.getTime() - (rows.length - i) * 6e4)
	}));
	for (let i = 0; i < volunteers.length; i += 200) await db.insert(panelVolunteer).values(volunteers.slice(i, i + 200));
	const csv = "street,postcode,city,district\n" + Array.from({ length: 300 }, (_, i) => `"ul. Przykładowa ${i + 1} (adres syntetyczny)",30-${String(100 + i % 800).padStart(3, "0")},Kraków,${i % 18 + 1}`).join("\n");
	await importAddresses(official, processId, csv);
	await drawLetters(official, processId, {
		count: 120,
		seed: "demo-2027-losowanie-adresow"
	});
	log(`Seeded the 2027 climate panel in recruitment with the SYNTHETIC krakow_like_60 pool (${volunteers.length} volunteers).`);
	await seedFinishedPanel(db, env, dir);
}
async function seedFinishedPanel(db, env, dir) {
	const { as, now, log } = env;
	const official = as.official;
	const t = (d) => new Date(now.getTime() + d * day$1);
	const pre = JSON.parse(readFileSync(join(dir, "demo_2021_draw.json"), "utf8"));
	const { id } = await createPanel(official, {
		title: "Panel Klimatyczny — demonstracja w stylu 2021",
		description: "Przykład zakończonego panelu (dane SYNTETYCZNE): 8 wylosowanych osób, rekomendacje przegłosowane progiem 80% i ich realizacja śledzona przez panel monitorujący.",
		question: "Jak Miasto Kraków i mieszkańcy mogą ograniczyć zużycie energii i zwiększyć wykorzystanie energii odnawialnej?",
		size: 8,
		reserves: 4
	}, { synthetic: true });
	const labels = {
		K: "Kobieta",
		M: "Mężczyzna",
		"18-39": "18–39 lat",
		"40-64": "40–64 lata",
		"65+": "65 lat i więcej",
		centrum: "Centrum",
		północ: "Północ",
		południe: "Południe",
		wschód: "Wschód"
	};
	await setQuotas(official, id, pre.quotas.map((q) => ({
		...q,
		label: labels[q.value] ?? q.value,
		share: null,
		shareSource: "manual"
	})));
	const drawnAt = t(-400);
	const members = new Set(pre.panel);
	await db.insert(panelVolunteer).values(pre.rows.map((r, i) => ({
		id: newId(),
		processId: id,
		rowIndex: i,
		answers: Object.fromEntries(pre.features.map((f, j) => [f, r[j]])),
		household: null,
		synthetic: true,
		status: members.has(i) ? "selected" : "not_selected",
		probability: String(pre.probabilities[i]),
		createdAt: t(-430),
		purgedAt: members.has(i) ? null : t(-369)
	})));
	await db.insert(panelDraw).values({
		processId: id,
		status: "drawn",
		algorithm: "leximin",
		progress: "done",
		progressPct: 100,
		pool: {
			features: pre.features,
			rows: pre.rows
		},
		panels: pre.published.panels.map((p) => p.map(Number)),
		probabilities: pre.probabilities,
		report: {
			published: pre.published,
			lotteryHash: pre.lotteryHash,
			lotteryProbabilities: pre.lotteryProbabilities,
			minProbability: pre.minProbability,
			exact: pre.exact,
			maxDeviation: pre.maxDeviation,
			method: pre.method,
			m: pre.published.panels.length,
			algorithm: "leximin"
		},
		reserves: pre.reserves,
		seedHash: pre.published.seedCommitment,
		seed: pre.seed,
		dice: pre.dice,
		chosenIndex: pre.index,
		startedAt: t(-402),
		finishedAt: t(-402),
		committedAt: t(-401),
		drawnAt
	});
	await db.update(panel).set({
		stage: "followup",
		poolFrozenAt: t(-403),
		purgedAt: t(-369),
		monitoringIntervalDays: 90
	}).where(eq(panel.processId, id));
	const s1 = await addSession(official, id, {
		kind: "learning",
		title: "Energia w Krakowie: skąd jest i ile jej zużywamy",
		startsAt: t(-390),
		place: "Małopolski Urząd Wojewódzki, sala 1",
		description: "Wykłady ekspertów i pytania panelistów."
	});
	await addMaterial(official, id, {
		sessionId: s1,
		kind: "video",
		title: "Nagranie wykładu o miksie energetycznym",
		speaker: "Ekspertka ds. energii",
		url: "https://example.org/panel-2021/wyklad-1"
	});
	await addMaterial(official, id, {
		sessionId: s1,
		kind: "slides",
		title: "Prezentacja: fotowoltaika na dachach",
		speaker: "Ekspert OZE",
		url: "https://example.org/panel-2021/slajdy.pdf"
	});
	await addSession(official, id, {
		kind: "deliberation",
		title: "Obrady w małych grupach",
		startsAt: t(-383),
		place: "Online",
		description: ""
	});
	await addSession(official, id, {
		kind: "drafting",
		title: "Pisanie rekomendacji",
		startsAt: t(-376),
		place: "Online",
		description: ""
	});
	await db.insert(panelSubmission).values([{
		id: newId(),
		processId: id,
		authorId: as.residents[0]?.actor?.id ?? null,
		organisation: null,
		title: "Panele na dachach szkół",
		body: "Proponuję, żeby każda szkoła miała fotowoltaikę, a uczniowie uczyli się na niej o energii.",
		createdAt: t(-392)
	}, {
		id: newId(),
		processId: id,
		authorId: null,
		organisation: "Stowarzyszenie Zielony Kraków (przykład)",
		title: "Termomodernizacja bloków",
		body: "Program dopłat do ocieplenia budynków wielorodzinnych z prostą ścieżką dla wspólnot.",
		createdAt: t(-391)
	}]);
	const recs = [
		{
			title: "Fotowoltaika na wszystkich budynkach miejskich",
			body: "Miasto instaluje panele fotowoltaiczne na wszystkich nadających się dachach budynków miejskich do końca 2025 r.",
			support: 8,
			oppose: 0,
			abstain: 0,
			powers: true,
			response: {
				status: "done",
				text: "Zrealizowano: 212 instalacji o łącznej mocy 9,4 MW.",
				dept: "Wydział Kształtowania Środowiska",
				deadline: -30
			}
		},
		{
			title: "Punkt doradztwa energetycznego w każdej dzielnicy",
			body: "W każdej dzielnicy działa bezpłatny punkt doradztwa dla mieszkańców w sprawie oszczędzania energii i OZE.",
			support: 7,
			oppose: 0,
			abstain: 1,
			powers: true,
			response: {
				status: "in_progress",
				text: "Otwarto 11 z 18 punktów; kolejne w przyszłym roku.",
				dept: "Wydział Polityki Społecznej i Zdrowia",
				deadline: 120
			}
		},
		{
			title: "Miejski program termomodernizacji bloków",
			body: "Dopłaty do ocieplenia budynków wielorodzinnych z uproszczoną procedurą dla wspólnot mieszkaniowych.",
			support: 7,
			oppose: 1,
			abstain: 0,
			powers: true,
			response: {
				status: "in_progress",
				text: "Program ruszył, ale nabór opóźnił się o pół roku.",
				dept: "Zarząd Budynków Komunalnych",
				deadline: -60
			}
		},
		{
			title: "Zakaz reklam świetlnych w nocy",
			body: "Wyłączanie podświetlanych reklam między 23:00 a 5:00.",
			support: 8,
			oppose: 0,
			abstain: 0,
			powers: true,
			response: {
				status: "rejected",
				text: "Miasto nie ma podstawy prawnej do zakazu na terenach prywatnych; uchwała krajobrazowa zostanie zmieniona w zakresie nośników miejskich.",
				dept: "Biuro Planowania Przestrzennego",
				deadline: null
			}
		},
		{
			title: "Krajowy podatek od emisji dla ciepłownictwa",
			body: "Miasto wnioskuje do rządu o zmianę ustawy.",
			support: 8,
			oppose: 0,
			abstain: 0,
			powers: false
		},
		{
			title: "Obowiązkowe pompy ciepła w nowych domach",
			body: "Wszystkie nowe budynki jednorodzinne muszą mieć pompę ciepła.",
			support: 5,
			oppose: 2,
			abstain: 1,
			powers: true
		}
	];
	const roundIds = [];
	for (let i = 0; i < recs.length; i++) {
		const r = recs[i];
		const cast = r.support + r.oppose + r.abstain;
		const passed = cast > 0 && r.support * 100 >= 80 * cast;
		const rid = newId();
		roundIds.push(rid);
		await db.insert(panelRecommendation).values({
			id: rid,
			processId: id,
			number: i + 1,
			title: r.title,
			body: r.body,
			status: passed ? "passed" : "failed",
			withinCityPowers: r.powers,
			binding: passed && r.powers,
			votesFor: r.support,
			votesAgainst: r.oppose,
			votesAbstain: r.abstain,
			version: 1,
			updatedAt: t(-370)
		});
		await db.insert(panelRevision).values({
			id: newId(),
			recommendationId: rid,
			version: 1,
			title: r.title,
			body: r.body,
			createdAt: t(-372)
		});
		if (r.response) {
			await db.insert(panelResponse).values({
				recommendationId: rid,
				response: r.response.text,
				department: r.response.dept,
				deadline: r.response.deadline === null ? null : t(r.response.deadline),
				status: r.response.status,
				updatedAt: t(-20)
			});
			await db.insert(panelUpdate).values({
				id: newId(),
				recommendationId: rid,
				status: r.response.status,
				body: r.response.text,
				createdAt: t(-20)
			});
		}
	}
	await db.insert(panelVoteRound).values({
		id: newId(),
		processId: id,
		number: 1,
		status: "closed",
		thresholdPct: 80,
		allowAbstain: true,
		abstainCounts: true,
		recommendationIds: roundIds,
		openedAt: t(-371),
		closedAt: t(-370)
	});
	await db.insert(panelAssessment).values({
		id: newId(),
		processId: id,
		rating: "at_risk",
		body: "Panel monitorujący: fotowoltaika zrealizowana, punkty doradztwa powstają, ale termomodernizacja jest opóźniona. Prosimy o nowy harmonogram naboru.",
		createdAt: t(-15)
	});
	log("Seeded a finished 2021-style panel (synthetic) with a precomputed draw and recommendations in various states.");
}
// src/lib/server/panels/index.ts
/** Citizens' panels (panel obywatelski), from the letters to the last implemented recommendation.
* A panel is a `process` (mechanism 'panel') plus these tables, keyed by process id:
* - setup: panel (question, size, reserves, threshold, challenge window), panel_quota (criteria ×
*   values with min/max, proposed from the census where data exist);
* - recruitment: panel_address (imported households, letter lottery with a published seed, codes),
*   panel_volunteer (registrations; contact data purged after the challenge window);
* - selection: panel_draw (LEXIMIN via packages/sortition in a worker thread, m panels, seed
*   commitment, public draw), panel_member (per-panel membership: panelists, monitoring panel);
* - deliberation: panel_session, panel_material, panel_submission, panel_recommendation,
*   panel_revision; voting: panel_vote_round, panel_vote;
* - follow-up: panel_response, panel_update, panel_assessment (monitoring panel), scorecard.
* Personal data: registrations, memberships, submissions (exported; contact data erased, the
* anonymised pool row kept). Jobs: GDPR purge and queued selections (jobs.ts). */
var panelsModule = {
	name: "panels",
	tables: [
		"panel",
		"panel_quota",
		"panel_address",
		"panel_volunteer",
		"panel_draw",
		"panel_member",
		"panel_session",
		"panel_material",
		"panel_submission",
		"panel_recommendation",
		"panel_revision",
		"panel_vote_round",
		"panel_vote",
		"panel_response",
		"panel_update",
		"panel_assessment"
	],
	permissions: panelRules,
	personalData: panelsPersonalData,
	api: panelsApi,
	statistics: async (db) => {
		const rows = await db.select({
			stage: panel.stage,
			n: sql`count(*)::int`
		}).from(panel).groupBy(panel.stage);
		return Object.fromEntries(rows.map((r) => [`panels_${r.stage}`, r.n]));
	},
	seed: seedPanels
};
// src/lib/server/budgets/personalData.ts
/** What the budget keeps about a person: projects they wrote, co-authorships, support
* signatures, appeals, the fact that they voted (never how), volunteering. Ballots hold no
* identity at all, so there is nothing to export or erase there. */
var budgetsPersonalData = {
	module: "budgets",
	async export(db, userId) {
		return {
			projects: await db.select({
				id: budgetProject.id,
				title: budgetProject.title,
				status: budgetProject.status,
				createdAt: budgetProject.createdAt
			}).from(budgetProject).where(eq(budgetProject.authorId, userId)),
			coauthorOf: await db.select({ projectId: budgetCoauthor.projectId }).from(budgetCoauthor).where(eq(budgetCoauthor.userId, userId)),
			supportSignatures: await db.select({
				projectId: budgetSupport.projectId,
				createdAt: budgetSupport.createdAt
			}).from(budgetSupport).where(eq(budgetSupport.userId, userId)),
			appeals: await db.select({
				projectId: budgetAppeal.projectId,
				body: budgetAppeal.body,
				createdAt: budgetAppeal.createdAt
			}).from(budgetAppeal).where(eq(budgetAppeal.authorId, userId)),
			votedIn: await db.select({
				editionId: budgetParticipation.processId,
				residenceDeclaredAt: budgetParticipation.residenceDeclaredAt
			}).from(budgetParticipation).where(eq(budgetParticipation.userId, userId)),
			volunteering: await db.select({
				projectId: budgetVolunteer.projectId,
				note: budgetVolunteer.note
			}).from(budgetVolunteer).where(eq(budgetVolunteer.userId, userId))
		};
	},
	async erase(db, userId) {
		const drafts = await db.select({ id: budgetProject.id }).from(budgetProject).where(eq(budgetProject.authorId, userId));
		const draftIds = (await db.select({
			id: budgetProject.id,
			status: budgetProject.status
		}).from(budgetProject).where(eq(budgetProject.authorId, userId))).filter((p) => p.status === "draft").map((p) => p.id);
		if (draftIds.length) await db.delete(budgetProject).where(inArray(budgetProject.id, draftIds));
		if (drafts.length) await db.update(budgetProject).set({ authorId: null }).where(eq(budgetProject.authorId, userId));
		await db.update(budgetAppeal).set({ authorId: null }).where(eq(budgetAppeal.authorId, userId));
		await db.update(budgetPhoto).set({ uploadedBy: null }).where(eq(budgetPhoto.uploadedBy, userId));
		await db.delete(budgetSupport).where(eq(budgetSupport.userId, userId));
		await db.delete(budgetVolunteer).where(eq(budgetVolunteer.userId, userId));
		await db.delete(budgetCoauthor).where(eq(budgetCoauthor.userId, userId));
	}
};
// src/lib/server/budgets/api.ts
var err = {
	description: "Error",
	content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } }
};
var csv = (description) => ({
	description,
	content: { "text/csv": { schema: { type: "string" } } }
});
var id = {
	name: "id",
	in: "path",
	required: true,
	schema: { type: "string" },
	description: "Edition id or slug"
};
var ok = (description, schema) => ({
	description,
	content: { "application/json": { schema } }
});
var budgetsApi = {
	paths: {
		"/api/v1/budgets": { get: {
			operationId: "listBudgets",
			summary: "Participatory-budget editions (live and imported from Pabulib)",
			tags: ["budgets"],
			responses: { "200": ok("Editions", {
				type: "array",
				items: { $ref: "#/components/schemas/BudgetEdition" }
			}) }
		} },
		"/api/v1/budgets.csv": { get: {
			operationId: "listBudgetsCsv",
			summary: "Editions as CSV",
			tags: ["budgets"],
			responses: { "200": csv("CSV of editions") }
		} },
		"/api/v1/budgets/{id}": { get: {
			operationId: "getBudget",
			summary: "One edition with its pools (amount, cost limits, counting rule) and phases",
			tags: ["budgets"],
			parameters: [id],
			responses: {
				"200": ok("Edition", { $ref: "#/components/schemas/BudgetEdition" }),
				"404": err
			}
		} },
		"/api/v1/budgets/{id}/projects": { get: {
			operationId: "listBudgetProjects",
			summary: "Public projects of an edition (drafts excluded)",
			tags: ["budgets"],
			parameters: [id],
			responses: {
				"200": ok("Projects", {
					type: "array",
					items: { $ref: "#/components/schemas/BudgetProject" }
				}),
				"404": err
			}
		} },
		"/api/v1/budgets/{id}/projects.csv": { get: {
			operationId: "listBudgetProjectsCsv",
			summary: "Projects as CSV",
			tags: ["budgets"],
			parameters: [id],
			responses: {
				"200": csv("CSV of projects"),
				"404": err
			}
		} },
		"/api/v1/budgets/{id}/results": { get: {
			operationId: "getBudgetResults",
			summary: "Results per pool: rule, selected project ids, cost, metrics, and the comparison rules",
			tags: ["budgets"],
			parameters: [id],
			responses: {
				"200": ok("Results", {
					type: "array",
					items: { $ref: "#/components/schemas/BudgetPoolResult" }
				}),
				"404": err
			}
		} },
		"/api/v1/budgets/{id}/results.csv": { get: {
			operationId: "getBudgetResultsCsv",
			summary: "Results as CSV (one row per pool, rule and project)",
			tags: ["budgets"],
			parameters: [id],
			responses: {
				"200": csv("CSV of results"),
				"404": err
			}
		} },
		"/api/v1/budgets/{id}/pools/{poolId}/export.pb": { get: {
			operationId: "exportBudgetPool",
			summary: "A pool as a Pabulib file with the anonymised ballots (after the count)",
			tags: ["budgets"],
			parameters: [id, {
				name: "poolId",
				in: "path",
				required: true,
				schema: { type: "string" }
			}],
			responses: {
				"200": {
					description: "Pabulib file",
					content: { "text/plain": { schema: { type: "string" } } }
				},
				"404": err,
				"409": err
			}
		} }
	},
	schemas: {
		BudgetPool: {
			type: "object",
			required: [
				"id",
				"kind",
				"name",
				"amount",
				"minCost",
				"maxCost",
				"rule"
			],
			properties: {
				id: { type: "string" },
				kind: {
					type: "string",
					enum: [
						"citywide",
						"district",
						"green"
					]
				},
				districtId: { type: ["integer", "null"] },
				name: { type: "string" },
				amount: {
					type: "integer",
					description: "PLN"
				},
				minCost: { type: "integer" },
				maxCost: { type: "integer" },
				rule: {
					type: "string",
					description: "Counting rule of packages/pb (greedy, mes-add1, mes-add1-comparison)"
				}
			}
		},
		BudgetEdition: {
			type: "object",
			required: [
				"id",
				"slug",
				"title",
				"year",
				"phase"
			],
			properties: {
				id: { type: "string" },
				slug: { type: "string" },
				title: { type: "string" },
				year: { type: "integer" },
				historical: { type: "boolean" },
				phase: {
					type: "string",
					enum: [
						"before",
						"submission",
						"support",
						"verification",
						"appeals",
						"voting",
						"results",
						"implementation"
					]
				},
				ballotKind: {
					type: "string",
					enum: [
						"krakow",
						"approval",
						"approval_budget",
						"cumulative"
					]
				},
				greenMode: {
					type: "string",
					enum: [
						"pool",
						"share",
						"none"
					]
				},
				rulesFrozen: { type: "boolean" },
				pools: {
					type: "array",
					items: { $ref: "#/components/schemas/BudgetPool" }
				}
			}
		},
		BudgetProject: {
			type: "object",
			required: [
				"id",
				"code",
				"poolId",
				"title",
				"cost",
				"status"
			],
			properties: {
				id: { type: "string" },
				code: { type: "string" },
				poolId: { type: "string" },
				title: { type: "string" },
				districtId: { type: ["integer", "null"] },
				lat: { type: ["number", "null"] },
				lng: { type: ["number", "null"] },
				cost: { type: "integer" },
				status: { type: "string" },
				climateCategory: { type: ["string", "null"] },
				climateEffect: { type: ["object", "null"] },
				implementation: { type: ["object", "null"] }
			}
		},
		BudgetPoolResult: {
			type: "object",
			required: [
				"poolId",
				"rule",
				"selected",
				"cost"
			],
			properties: {
				poolId: { type: "string" },
				name: { type: "string" },
				amount: { type: "integer" },
				rule: { type: "string" },
				selected: {
					type: "array",
					items: { type: "string" },
					description: "Project codes"
				},
				cost: { type: "integer" },
				voters: { type: "integer" },
				metrics: {
					type: "object",
					additionalProperties: { type: "number" }
				},
				comparisons: {
					type: "array",
					items: { type: "object" }
				}
			}
		}
	}
};
// src/lib/server/budgets/seed.ts
/** Demo content: three live editions (two in voting, one taking projects) and Kraków's real
* past editions imported from the shipped Pabulib files. */
var day = 864e5;
var at = (ctx, when) => ({
	...ctx,
	now: () => when
});
async function liveEdition(env, spec) {
	const { now } = env;
	const t = (d) => new Date(now.getTime() + d * day);
	const dates = spec.phase === "voting" ? {
		submissionOpensAt: t(-100),
		supportOpensAt: t(-70),
		verificationOpensAt: t(-55),
		appealsOpensAt: t(-25),
		votingOpensAt: t(-3),
		votingClosesAt: t(14),
		implementationOpensAt: t(60)
	} : {
		submissionOpensAt: t(-10),
		supportOpensAt: t(20),
		verificationOpensAt: t(35),
		appealsOpensAt: t(60),
		votingOpensAt: t(75),
		votingClosesAt: t(90),
		implementationOpensAt: t(130)
	};
	const official = at(env.as.official, t(-101));
	const ed = await createEdition(official, {
		title: spec.title,
		description: spec.description,
		year: spec.year,
		ballotKind: spec.ballotKind,
		maxChoices: spec.maxChoices,
		cumulativePoints: 10,
		greenMode: spec.greenMode,
		greenSharePercent: spec.greenSharePercent ?? 0,
		minAge: 0,
		supportRequired: 0,
		appealDays: 14,
		...dates
	});
	const poolIds = [];
	for (const p of spec.pools) poolIds.push(await addPool(official, ed.id, {
		...p,
		districtId: p.districtId ?? null,
		minCost: p.minCost ?? 0
	}));
	const submitAt = spec.phase === "voting" ? t(-90) : t(-5);
	const ids = [];
	for (const [i, p] of spec.projects.entries()) {
		const author = at(env.as.residents[i % env.as.residents.length], submitAt);
		const id = await saveDraft(author, ed.id, {
			poolId: poolIds[p.pool],
			title: p.title,
			description: p.description,
			lat: p.lat,
			lng: p.lng,
			costItems: p.items.map(([label, amount]) => ({
				label,
				amount
			})),
			climateCategory: p.climate ?? "",
			trees: p.trees,
			unsealedM2: p.unsealedM2,
			co2eTonnesPerYear: p.co2,
			method: p.method ?? ""
		});
		await submitProject(author, id);
		ids.push(id);
	}
	if (spec.phase === "voting") {
		const verifier = at(env.as.official, t(-50));
		for (const [i, id] of ids.entries()) {
			if (i === spec.rejectAndAppeal) {
				await verifyProject(verifier, id, {
					stage: "formal",
					positive: false,
					justification: "Brak wskazania działki: teren w zarządzie Skarbu Państwa, a nie Gminy Kraków."
				});
				const author = at(env.as.residents[i % env.as.residents.length], t(-45));
				const appealId = await appealDecision(author, id, "Działka 123/4 została przekazana Gminie w 2024 r. — załączam wypis z rejestru gruntów.");
				await decideAppeal(at(env.as.official, t(-30)), appealId, {
					accepted: "yes",
					decision: "Odwołanie zasadne: wypis potwierdza, że działka należy do Gminy Kraków. Projekt dopuszczony do głosowania."
				});
				continue;
			}
			await verifyProject(verifier, id, {
				stage: "formal",
				positive: true,
				justification: "Wniosek kompletny, projekt w kompetencjach Gminy Kraków."
			});
			await verifyProject(at(env.as.official, t(-40)), id, {
				stage: "merit",
				positive: true,
				justification: "Projekt wykonalny w ciągu roku; koszt zgodny z cennikiem zarządu zieleni."
			});
		}
		if (spec.paperBallots) {
			const accepted = await env.db.select({
				id: budgetProject.id,
				poolId: budgetProject.poolId
			}).from(budgetProject).where(sql`${budgetProject.processId} = ${ed.id} and ${budgetProject.status} = 'accepted'`);
			let seed = 7;
			const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
			for (let b = 0; b < spec.paperBallots; b++) {
				const ballotId = newId();
				await env.db.insert(budgetBallot).values({
					id: ballotId,
					processId: ed.id,
					receipt: newReceipt(),
					channel: "paper"
				});
				const rows = [];
				for (const [pi, poolId] of poolIds.entries()) {
					if (spec.pools[pi].kind === "district" && pi !== poolIds.length - 1 - b % Math.max(1, spec.pools.filter((x) => x.kind === "district").length)) continue;
					accepted.filter((a) => a.poolId === poolId).sort(() => rnd() - .5).slice(0, Math.min(spec.maxChoices, 1 + Math.floor(rnd() * spec.maxChoices))).forEach((a, k) => rows.push({
						ballotId,
						poolId,
						projectId: a.id,
						position: k,
						points: spec.ballotKind === "krakow" ? spec.maxChoices - k : 1
					}));
				}
				if (rows.length) await env.db.insert(budgetBallotChoice).values(rows);
			}
		}
	}
	return {
		...ed,
		poolIds,
		projectIds: ids
	};
}
async function seedBudgets(env) {
	const start = Date.now();
	await liveEdition(env, {
		title: "Zielony Budżet Krakowa 2027",
		description: "Budżet obywatelski Krakowa z osobną zieloną pulą na projekty klimatyczne: drzewa, odszczelnianie, retencja, energia. Głosujesz na 3 projekty ogólnomiejskie, 3 zielone i 3 w jednej dzielnicy (3, 2 i 1 punkt).",
		year: 2027,
		ballotKind: "krakow",
		maxChoices: 3,
		greenMode: "pool",
		phase: "voting",
		rejectAndAppeal: 2,
		paperBallots: 60,
		pools: [
			{
				kind: "citywide",
				name: "Projekty ogólnomiejskie",
				amount: 4e6,
				minCost: 5e4,
				maxCost: 2e6,
				rule: "greedy"
			},
			{
				kind: "green",
				name: "Zielona pula (projekty klimatyczne)",
				amount: 3e6,
				minCost: 2e4,
				maxCost: 15e5,
				rule: "mes-add1-comparison"
			},
			{
				kind: "district",
				districtId: 13,
				name: "Dzielnica XIII Podgórze",
				amount: 9e5,
				maxCost: 45e4,
				rule: "greedy"
			},
			{
				kind: "district",
				districtId: 18,
				name: "Dzielnica XVIII Nowa Huta",
				amount: 1e6,
				maxCost: 5e5,
				rule: "greedy"
			},
			{
				kind: "district",
				districtId: 2,
				name: "Dzielnica II Grzegórzki",
				amount: 6e5,
				maxCost: 3e5,
				rule: "greedy"
			}
		],
		projects: [
			{
				pool: 0,
				title: "Rowerowa pętla bulwarów Wisły",
				description: "Ciągła, oświetlona droga rowerowa wzdłuż obu brzegów Wisły od Mostu Dębnickiego do Kładki Bernatka, z 6 stacjami napraw.",
				lat: 50.0497,
				lng: 19.9366,
				items: [
					["Projekt i nadzór", 18e4],
					["Nawierzchnia 2,4 km", 125e4],
					["Oświetlenie LED", 32e4]
				],
				climate: "mobility",
				co2: 45,
				method: "Szacunek ZTP: 600 przejazdów dziennie przeniesionych z samochodu, 4 km, 130 g CO2e/km."
			},
			{
				pool: 0,
				title: "Krakowskie Centrum Naprawy — drugie życie rzeczy",
				description: "Miejsce, w którym wolontariusze pomagają naprawiać sprzęt, ubrania i rowery. Warsztaty dla szkół.",
				lat: 50.0614,
				lng: 19.9383,
				items: [["Wyposażenie warsztatu", 22e4], ["Animatorzy na 12 miesięcy", 26e4]],
				climate: "waste",
				co2: 12,
				method: "Średnio 40 napraw tygodniowo × 6 kg uniknięcia odpadu × współczynnik KOBiZE."
			},
			{
				pool: 0,
				title: "Bezpłatne warsztaty pierwszej pomocy w szkołach",
				description: "Cykl zajęć z pierwszej pomocy dla uczniów klas 7–8 we wszystkich dzielnicach.",
				lat: 50.0647,
				lng: 19.945,
				items: [["Instruktorzy", 31e4], ["Fantomy i materiały", 9e4]]
			},
			{
				pool: 0,
				title: "Kino plenerowe w parkach",
				description: "Dziesięć seansów kina plenerowego latem w parkach miejskich, z audiodeskrypcją.",
				lat: 50.0706,
				lng: 19.9113,
				items: [["Sprzęt i licencje", 16e4], ["Obsługa", 7e4]]
			},
			{
				pool: 1,
				title: "1000 drzew dla osiedli Nowej Huty",
				description: "Nasadzenia 1000 drzew wielkopiennych z trzyletnią pielęgnacją na osiedlach Nowej Huty, w miejscach wskazanych przez mieszkańców.",
				lat: 50.0712,
				lng: 20.0377,
				items: [["Sadzonki i sadzenie", 9e5], ["Pielęgnacja 3 lata", 3e5]],
				climate: "trees_greenery",
				trees: 1e3,
				co2: 22,
				method: "Średnio 22 kg CO2/rok na drzewo (i-Tree Eco, gatunki liściaste, wiek 10–20 lat)."
			},
			{
				pool: 1,
				title: "Odbetonowanie placu przy Rynku Podgórskim",
				description: "Usunięcie 1200 m² asfaltu, ogród deszczowy i łąka kwietna, ławki w cieniu.",
				lat: 50.0436,
				lng: 19.9567,
				items: [
					["Rozbiórka nawierzchni", 24e4],
					["Ogród deszczowy", 31e4],
					["Zieleń i ławki", 15e4]
				],
				climate: "unsealing_water",
				unsealedM2: 1200,
				method: "Powierzchnia wg mapy zasadniczej."
			},
			{
				pool: 1,
				title: "Fotowoltaika na dachach 10 szkół",
				description: "Instalacje PV 50 kWp na dziesięciu szkołach podstawowych z tablicą pokazującą uczniom produkcję energii.",
				lat: 50.0831,
				lng: 19.9591,
				items: [["Instalacje PV 10 × 50 kWp", 125e4], ["Tablice edukacyjne", 5e4]],
				climate: "energy",
				co2: 380,
				method: "500 kWp × 1000 kWh/kWp × 0,76 t CO2e/MWh (KOBiZE 2024)."
			},
			{
				pool: 1,
				title: "Kurtyny wodne i poidełka na upały",
				description: "Dwadzieścia mobilnych kurtyn wodnych i 30 poidełek w najgorętszych miejscach miasta (mapa wysp ciepła).",
				lat: 50.0617,
				lng: 19.9373,
				items: [["Kurtyny wodne", 22e4], ["Poidełka", 24e4]],
				climate: "heat",
				method: "Lokalizacje z mapy termalnej Krakowa 2023."
			},
			{
				pool: 2,
				title: "Zielone podwórko na Zabłociu",
				description: "Nasadzenia drzew i krzewów przy ul. Lipowej, ławki i stojaki rowerowe.",
				lat: 50.0476,
				lng: 19.9606,
				items: [["Zieleń", 18e4], ["Mała architektura", 7e4]],
				climate: "trees_greenery",
				trees: 40,
				co2: .9,
				method: "40 drzew × 22 kg CO2/rok."
			},
			{
				pool: 2,
				title: "Doświetlenie przejść dla pieszych w Płaszowie",
				description: "Dodatkowe oświetlenie 12 przejść dla pieszych przy szkołach.",
				lat: 50.0363,
				lng: 19.9724,
				items: [["Oprawy i montaż", 26e4]]
			},
			{
				pool: 3,
				title: "Łąka kwietna zamiast trawnika w Parku Ratuszowym",
				description: "Zamiana 5000 m² koszonego trawnika w łąkę kwietną z tablicami o owadach zapylających.",
				lat: 50.0722,
				lng: 20.0309,
				items: [["Przygotowanie gleby i wysiew", 9e4], ["Tablice", 2e4]],
				climate: "trees_greenery",
				method: "Mniej koszenia: 20 razy mniej paliwa do kosiarek."
			},
			{
				pool: 3,
				title: "Siłownia plenerowa na os. Centrum E",
				description: "Dwanaście urządzeń do ćwiczeń dla seniorów i młodzieży.",
				lat: 50.0748,
				lng: 20.0413,
				items: [["Urządzenia", 14e4], ["Nawierzchnia", 6e4]]
			},
			{
				pool: 4,
				title: "Ogród deszczowy przy Hali Targowej",
				description: "Ogród deszczowy zbierający wodę z dachu Hali Targowej, 300 m².",
				lat: 50.0592,
				lng: 19.9513,
				items: [["Ogród deszczowy", 19e4]],
				climate: "unsealing_water",
				unsealedM2: 300,
				method: "Powierzchnia zlewni dachu wg projektu."
			},
			{
				pool: 4,
				title: "Biblioteczki sąsiedzkie w Grzegórzkach",
				description: "Pięć biblioteczek wymiany książek przy przystankach.",
				lat: 50.0597,
				lng: 19.9602,
				items: [["Biblioteczki", 35e3]]
			}
		]
	});
	await liveEdition(env, {
		title: "Zielony Milion Nowej Huty 2027",
		description: "Milion złotych na klimat w Nowej Hucie. Zaznacz do 4 projektów, które popierasz. Wyniki liczy Metoda Równych Udziałów (jak w Wieliczce): każdy głosujący ma równy udział w budżecie.",
		year: 2027,
		ballotKind: "approval",
		maxChoices: 4,
		greenMode: "pool",
		phase: "voting",
		paperBallots: 40,
		pools: [{
			kind: "green",
			name: "Zielony Milion",
			amount: 1e6,
			minCost: 1e4,
			maxCost: 4e5,
			rule: "mes-add1-comparison"
		}],
		projects: [
			{
				pool: 0,
				title: "Zielone przystanki na Alei Róż",
				description: "Zielone dachy na sześciu wiatach przystankowych z systemem podlewania deszczówką.",
				lat: 50.0716,
				lng: 20.0361,
				items: [["Zielone dachy", 18e4]],
				climate: "trees_greenery",
				method: "6 × 15 m² roślinności ekstensywnej."
			},
			{
				pool: 0,
				title: "Sad społeczny w Mogile",
				description: "Sad 60 starych odmian jabłoni i grusz, pielęgnowany z mieszkańcami.",
				lat: 50.0662,
				lng: 20.0625,
				items: [["Drzewa i sadzenie", 7e4], ["Ogrodzenie i narzędzia", 3e4]],
				climate: "trees_greenery",
				trees: 60,
				co2: 1.3,
				method: "60 drzew × 22 kg CO2/rok."
			},
			{
				pool: 0,
				title: "Rowerownia przy Placu Centralnym",
				description: "Zadaszony parking na 80 rowerów z ładowarkami do rowerów elektrycznych.",
				lat: 50.0717,
				lng: 20.0374,
				items: [["Wiata i stojaki", 21e4], ["Ładowarki", 6e4]],
				climate: "mobility",
				co2: 18,
				method: "Ankieta ZTP: 150 przejazdów dziennie przeniesionych z auta."
			},
			{
				pool: 0,
				title: "Mikroretencja na os. Szklane Domy",
				description: "Zbiorniki na deszczówkę i muldy chłonne na 4 podwórkach.",
				lat: 50.0764,
				lng: 20.0296,
				items: [["Zbiorniki i muldy", 15e4]],
				climate: "unsealing_water",
				unsealedM2: 800,
				method: "Powierzchnia zlewni."
			},
			{
				pool: 0,
				title: "Pompy ciepła dla klubów osiedlowych",
				description: "Wymiana kotłów gazowych na pompy ciepła w trzech klubach osiedlowych.",
				lat: 50.0808,
				lng: 20.0327,
				items: [["Pompy ciepła 3 ×", 33e4]],
				climate: "energy",
				co2: 41,
				method: "Zużycie gazu 2024 × 0,2 t CO2e/MWh, minus energia pomp."
			},
			{
				pool: 0,
				title: "Warsztaty klimatyczne w szkołach Nowej Huty",
				description: "Cykl warsztatów o klimacie i energii dla 20 klas.",
				lat: 50.0748,
				lng: 20.0345,
				items: [["Prowadzący i materiały", 45e3]],
				climate: "education",
				method: "Nie szacujemy emisji."
			}
		]
	});
	await liveEdition(env, {
		title: "Budżet Obywatelski Krakowa 2028",
		description: "Zgłoś projekt dla Krakowa albo swojej dzielnicy. W każdej puli co najmniej 25% środków jest zarezerwowane dla projektów klimatycznych.",
		year: 2028,
		ballotKind: "krakow",
		maxChoices: 3,
		greenMode: "share",
		greenSharePercent: 25,
		phase: "submission",
		pools: [
			{
				kind: "citywide",
				name: "Projekty ogólnomiejskie",
				amount: 6e6,
				minCost: 5e4,
				maxCost: 2e6,
				rule: "greedy"
			},
			{
				kind: "district",
				districtId: 13,
				name: "Dzielnica XIII Podgórze",
				amount: 1e6,
				maxCost: 5e5,
				rule: "greedy"
			},
			{
				kind: "district",
				districtId: 1,
				name: "Dzielnica I Stare Miasto",
				amount: 8e5,
				maxCost: 4e5,
				rule: "greedy"
			}
		],
		projects: []
	});
	env.log(`Seeded live budget editions (${Date.now() - start} ms).`);
	const admin = env.as.admin;
	for (const year of [
		2024,
		2025,
		2022,
		2021,
		2020,
		2019,
		2018
	]) {
		const files = shippedFiles(year);
		if (!files.length) continue;
		const complete = files.length > 1;
		try {
			await importPabulibEdition(admin, {
				title: complete ? `Budżet Obywatelski Krakowa ${year} (dane historyczne)` : `Budżet Obywatelski Krakowa ${year} — Stare Miasto (dane historyczne)`,
				year,
				files: files.map((f) => ({ text: f.text }))
			});
		} catch (err) {
			env.log(`Could not import Kraków ${year} from Pabulib: ${err.message}`);
		}
	}
	env.log(`Imported Kraków's participatory budgets 2018–2025 from Pabulib (${Date.now() - start} ms).`);
}
// src/lib/server/modules.ts
/** Every module of the platform, in seeding order. New modules add themselves here. */
var modules = [
	accountsModule,
	districtsModule,
	processesModule,
	commentsModule,
	moderationModule,
	notificationsModule,
	auditModule,
	meetingsModule,
	consultationsModule,
	ideasModule,
	panelsModule,
	{
		name: "budgets",
		tables: [
			"budget_edition",
			"budget_pool",
			"budget_project",
			"budget_coauthor",
			"budget_support",
			"budget_verification",
			"budget_appeal",
			"budget_photo",
			"budget_participation",
			"budget_ballot",
			"budget_ballot_choice",
			"budget_paper_entry",
			"budget_result",
			"budget_update",
			"budget_volunteer"
		],
		permissions: budgetRules,
		personalData: budgetsPersonalData,
		api: budgetsApi,
		statistics: async (db) => {
			const [e] = await db.select({ n: sql`count(*)::int` }).from(budgetEdition);
			const [p] = await db.select({ n: sql`count(*)::int` }).from(budgetProject);
			const [b] = await db.select({ n: sql`count(*)::int` }).from(budgetBallot);
			return {
				budget_editions: e.n,
				budget_projects: p.n,
				budget_ballots: b.n
			};
		},
		seed: seedBudgets
	}
];

export { accountRules as a, modules as m };
//# sourceMappingURL=modules.js-DlJ9hQXb.js.map
