import type { Actions, PageServerLoad } from './$types';
import { addCriterion, checkQuotaFeasibility, quotasFromForm, quotaFieldNames, FEASIBILITY_TIME_LIMIT_MS, panelIdBySlug, poolComposition, quickFeasibility, removeCriterion, setQuotas, setStage, updatePanelSettings, listQuotas } from '$lib/server/panels/service';
import { PANEL_STAGES } from '$lib/server/panels/schema';
import { formAction, requireSignedIn } from '$lib/server/http';
import { ValidationError } from '$lib/server/core/errors';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
	const { panel } = await parent();
	const composition = await poolComposition(locals.ctx.db, panel.id);
	return { composition, timeLimitSeconds: FEASIBILITY_TIME_LIMIT_MS / 1000, feasibility: quickFeasibility(panel.size, panel.quotas, panel.counts.registered ? composition : undefined), stages: PANEL_STAGES, created: url.searchParams.has('created') };
};

const id = (locals: App.Locals, slug: string) => panelIdBySlug(locals.ctx.db, slug);

export const actions: Actions = {
	settings: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await updatePanelSettings(locals.ctx, await id(locals, params.slug), {
				question: form.get('question'),
				size: form.get('size'),
				reserves: form.get('reserves'),
				openRegistration: form.get('openRegistration') === 'on',
				abstainCounts: form.get('abstainCounts') === 'on',
				thresholdPct: form.get('thresholdPct'),
				challengeWindowDays: form.get('challengeWindowDays'),
				monitoringIntervalDays: form.get('monitoringIntervalDays')
			});
			return { saved: true };
		});
	},
	quotas: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const pid = await id(locals, params.slug);
			const current = await listQuotas(locals.ctx.db, pid);
			const rows = current.map((q, i) => ({ ...q, min: form.get(`q${i}_min`), max: form.get(`q${i}_max`) }));
			try {
				await setQuotas(locals.ctx, pid, rows);
			} catch (e) {
				// Name the row's inputs (q3_min) so the error summary links to the right field.
				if (e instanceof ValidationError) {
					const fields: Record<string, string> = {};
					for (const [k, v] of Object.entries(e.fields)) fields[k.replace(/^(\d+)\.(min|max)$/, 'q$1_$2')] = v;
					throw new ValidationError(fields);
				}
				throw e;
			}
			return { quotasSaved: true };
		});
	},
	/** "Check feasibility" (the quotas form's second button): the engine checks the edited quotas
	 * in a worker; nothing is saved, the typed values come back with the result. */
	check: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		const values = Object.fromEntries([...form].filter(([, v]) => typeof v === 'string')) as Record<string, string>;
		return formAction(form, async () => {
			try {
				return { quotaCheck: await checkQuotaFeasibility(locals.ctx, await id(locals, params.slug), quotasFromForm(form)), values };
			} catch (e) {
				if (e instanceof ValidationError) throw new ValidationError(quotaFieldNames(e.fields), e.key, quotaFieldNames(e.fieldParams), e.params);
				throw e;
			}
		});
	},
	criterion: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			const raw = String(form.get('feature') ?? '');
			const feature = raw === 'other' ? String(form.get('otherFeature') ?? '') : raw;
			await addCriterion(locals.ctx, await id(locals, params.slug), { feature, source: form.get('source'), lines: form.get('lines') });
			return { criterionAdded: true };
		});
	},
	removeCriterion: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await removeCriterion(locals.ctx, await id(locals, params.slug), String(form.get('feature') ?? ''));
			return { quotasSaved: true };
		});
	},
	stage: async ({ locals, request, params, url }) => {
		requireSignedIn(locals, url);
		const form = await request.formData();
		return formAction(form, async () => {
			await setStage(locals.ctx, await id(locals, params.slug), String(form.get('stage')) as never);
			return { stageSaved: true };
		});
	}
};
