import { I as poolComposition, P as PANEL_STAGES, J as quickFeasibility, K as setStage, L as removeCriterion, N as addCriterion, O as listQuotas, s as setQuotas, Q as updatePanelSettings, T as panelIdBySlug } from '../../../../../chunks/views.js-DTyBJOYt.js';
import '../../../../../chunks/service2.js-qqQkOHfI.js';
import 'drizzle-orm';
import { r as requireSignedIn, f as formAction } from '../../../../../chunks/http.js-DEPnrH4W.js';
import { V as ValidationError } from '../../../../../chunks/errors2.js-qlgBpaJE.js';

// src/routes/manage/panels/[slug]/+page.server.ts
var load = async ({ locals, parent, url }) => {
	const { panel } = await parent();
	const composition = await poolComposition(locals.ctx.db, panel.id);
	return {
		composition,
		feasibility: quickFeasibility(panel.size, panel.quotas, panel.counts.registered ? composition : void 0),
		stages: PANEL_STAGES,
		created: url.searchParams.has("created")
	};
};
var id = (locals, slug) => panelIdBySlug(locals.ctx.db, slug);
var actions = {
	settings: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await updatePanelSettings(locals.ctx, await id(locals, params.slug), {
				question: form.get("question"),
				size: form.get("size"),
				reserves: form.get("reserves"),
				openRegistration: form.get("openRegistration") === "on",
				abstainCounts: form.get("abstainCounts") === "on",
				thresholdPct: form.get("thresholdPct"),
				challengeWindowDays: form.get("challengeWindowDays"),
				monitoringIntervalDays: form.get("monitoringIntervalDays")
			});
			return { saved: true };
		});
	},
	quotas: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const pid = await id(locals, params.slug);
			const rows = (await listQuotas(locals.ctx.db, pid)).map((q, i) => ({
				...q,
				min: form.get(`q${i}_min`),
				max: form.get(`q${i}_max`)
			}));
			try {
				await setQuotas(locals.ctx, pid, rows);
			} catch (e) {
				if (e instanceof ValidationError) {
					const fields = {};
					for (const [k, v] of Object.entries(e.fields)) fields[k.replace(/^(\d+)\.(min|max)$/, "q$1_$2")] = v;
					throw new ValidationError(fields);
				}
				throw e;
			}
			return { quotasSaved: true };
		});
	},
	criterion: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const raw = String(form.get("feature") ?? "");
			const feature = raw === "other" ? String(form.get("otherFeature") ?? "") : raw;
			await addCriterion(locals.ctx, await id(locals, params.slug), {
				feature,
				source: form.get("source"),
				lines: form.get("lines")
			});
			return { criterionAdded: true };
		});
	},
	removeCriterion: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await removeCriterion(locals.ctx, await id(locals, params.slug), String(form.get("feature") ?? ""));
			return { quotasSaved: true };
		});
	},
	stage: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await setStage(locals.ctx, await id(locals, params.slug), String(form.get("stage")));
			return { stageSaved: true };
		});
	}
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	actions: actions,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-mjEH8xsN.js.map
