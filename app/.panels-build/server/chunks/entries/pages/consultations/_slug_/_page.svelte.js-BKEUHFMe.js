import { ak as head, ah as escape_html, aj as ensure_array_like, ai as attr, T as derived } from '../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref, c as getLocale } from '../../../../chunks/runtime2.js-YLGUkCbP.js';
import { f2 as mechanism_consultation, f3 as climate_topics, eQ as topicName, f4 as consultations_manage, f5 as consultations_answered_count, f6 as consultations_see_answers, f7 as consultations_report_ready, f8 as scope_title, f9 as scope_decided, fa as not_stated, fb as scope_open, fc as scope_who, fd as scope_when, fe as consultations_responsible, ff as consultations_dates, fg as consultations_info_phase, a2 as formatDate, fh as consultations_consultation_phase, fi as consultations_report_due, fj as consultations_override_notice, fk as consultations_forms, fl as consultations_target_groups, fm as consultations_target_districts, $ as citywide, fn as consultations_target_ages, fo as consultations_everyone, fp as consultations_target_stakeholders, E as meetings_title, fq as meetings_none, fr as consultations_partner_sessions, fs as consultations_partner_sessions_lead, ft as consultations_record_session, fu as consultations_no_sessions, fv as consultations_participants_n, fw as consultations_themes } from '../../../../chunks/i18n.js-DrLrGNuv.js';
import { C as ConsultationNav } from '../../../../chunks/ConsultationNav.js-r1GSzoDI.js';
import { s as stageName, f as formName, a as ageBandName, b as stakeholderName, d as dateTime, m as meetingFormatName, c as answerStatusName } from '../../../../chunks/util.js-DsvsUjlA.js';
import '../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/consultations/[slug]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const c = derived(() => data.c);
		const p = derived(() => c().process);
		const s = derived(() => c().settings);
		const districtName = (id) => data.districts.find((d) => d.id === id)?.name ?? String(id);
		head("1kf4ydf", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(p().title)} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<p class="meta"><span class="tag">${escape_html(mechanism_consultation())}</span> <span class="tag">${escape_html(stageName(c().stage))}</span></p> <h1>${escape_html(p().title)}</h1> `);
		ConsultationNav($$renderer, {
			slug: p().slug,
			forms: s().forms,
			current: "overview",
			reportPublished: !!s().reportPublishedAt
		});
		$$renderer.push(`<!----> <p class="lead">${escape_html(p().description)}</p> `);
		if (p().topics.length) {
			$$renderer.push(`<!--[0--><p>${escape_html(climate_topics())}: <!--[-->`);
			const each_array = ensure_array_like(p().topics);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let t = each_array[$$index];
				$$renderer.push(`<span class="tag">${escape_html(topicName(t))}</span>`);
			}
			$$renderer.push(`<!--]--></p>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (c().canManage) $$renderer.push(`<!--[0--><p><a class="button"${attr("href", localizeHref(`/manage/consultations/${p().slug}`))}>${escape_html(consultations_manage())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p class="notice" role="status">${escape_html(consultations_answered_count({
			answered: c().answered.answered,
			total: c().answered.total
		}))} <a${attr("href", localizeHref(`/consultations/${p().slug}/answers`))}>${escape_html(consultations_see_answers())}</a></p> `);
		if (s().reportPublishedAt) $$renderer.push(`<!--[0--><p class="notice"><a${attr("href", localizeHref(`/consultations/${p().slug}/report`))}>${escape_html(consultations_report_ready())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <section aria-labelledby="scope"><h2 id="scope">${escape_html(scope_title())}</h2> <dl class="scope"><div><dt>${escape_html(scope_decided())}</dt><dd>${escape_html(p().scopeDecided || not_stated())}</dd></div> <div><dt>${escape_html(scope_open())}</dt><dd>${escape_html(p().scopeOpen || not_stated())}</dd></div> <div><dt>${escape_html(scope_who())}</dt><dd>${escape_html(p().scopeWhoDecides || not_stated())}</dd></div> <div><dt>${escape_html(scope_when())}</dt><dd>${escape_html(p().scopeWhen || not_stated())}</dd></div> <div><dt>${escape_html(consultations_responsible())}</dt><dd>${escape_html(c().officials.join(", ") || not_stated())}</dd></div></dl></section> <section aria-labelledby="dates"><h2 id="dates">${escape_html(consultations_dates())}</h2> <dl class="scope"><div><dt>${escape_html(consultations_info_phase())}</dt><dd>${escape_html(s().infoStartsAt ? formatDate(s().infoStartsAt) : not_stated())}`);
		if (s().startsAt) $$renderer.push(`<!--[0-->– ${escape_html(formatDate(s().startsAt))}`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></dd></div> <div><dt>${escape_html(consultations_consultation_phase())}</dt><dd>${escape_html(s().startsAt ? formatDate(s().startsAt) : not_stated())}`);
		if (s().endsAt) $$renderer.push(`<!--[0-->– ${escape_html(formatDate(s().endsAt))}`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></dd></div> <div><dt>${escape_html(consultations_report_due())}</dt><dd>${escape_html(s().reportDueAt ? formatDate(s().reportDueAt) : not_stated())}</dd></div></dl> `);
		if (s().durationOverrideReason) $$renderer.push(`<!--[0--><p class="notice warning">${escape_html(consultations_override_notice())} ${escape_html(s().durationOverrideReason)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section> <section aria-labelledby="forms"><h2 id="forms">${escape_html(consultations_forms())}</h2> <ul><!--[-->`);
		const each_array_1 = ensure_array_like(s().forms);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let f = each_array_1[$$index_1];
			$$renderer.push(`<li>`);
			if (f === "survey" || f === "document" || f === "map") $$renderer.push(`<!--[0--><a${attr("href", localizeHref(`/consultations/${p().slug}/${f}`))}>${escape_html(formName(f))}</a>`);
			else if (f === "meetings") $$renderer.push(`<!--[1--><a href="#meetings">${escape_html(formName(f))}</a>`);
			else $$renderer.push(`<!--[-1--><a href="#partners">${escape_html(formName(f))}</a>`);
			$$renderer.push(`<!--]--></li>`);
		}
		$$renderer.push(`<!--]--></ul></section> <section aria-labelledby="targets"><h2 id="targets">${escape_html(consultations_target_groups())}</h2> <dl class="scope"><div><dt>${escape_html(consultations_target_districts())}</dt><dd>${escape_html(s().targetDistricts.length ? s().targetDistricts.map(districtName).join(", ") : citywide())}</dd></div> <div><dt>${escape_html(consultations_target_ages())}</dt><dd>${escape_html(s().targetAgeBands.length ? s().targetAgeBands.map(ageBandName).join(", ") : consultations_everyone())}</dd></div> <div><dt>${escape_html(consultations_target_stakeholders())}</dt><dd>${escape_html(s().targetStakeholders.length ? s().targetStakeholders.map(stakeholderName).join(", ") : consultations_everyone())}</dd></div></dl></section> `);
		if (s().forms.includes("meetings")) {
			$$renderer.push(`<!--[0--><section aria-labelledby="meetings"><h2 id="meetings">${escape_html(meetings_title())}</h2> `);
			if (data.meetings.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(meetings_none())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <ul><!--[-->`);
			const each_array_2 = ensure_array_like(data.meetings);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let mt = each_array_2[$$index_2];
				$$renderer.push(`<li><a${attr("href", localizeHref(`/meetings/${mt.id}`))}>${escape_html(mt.title)}</a> — ${escape_html(dateTime(mt.startsAt, getLocale()))}, ${escape_html(meetingFormatName(mt.format))}`);
				if (mt.place) $$renderer.push(`<!--[0-->, ${escape_html(mt.place)}`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (s().forms.includes("partners")) {
			$$renderer.push(`<!--[0--><section aria-labelledby="partners"><h2 id="partners">${escape_html(consultations_partner_sessions())}</h2> <p>${escape_html(consultations_partner_sessions_lead())}</p> `);
			if (data.partners.length) $$renderer.push(`<!--[0--><p><a class="button"${attr("href", localizeHref(`/consultations/${p().slug}/partner`))}>${escape_html(consultations_record_session())}</a></p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (data.sessions.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(consultations_no_sessions())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <ul><!--[-->`);
			const each_array_3 = ensure_array_like(data.sessions);
			for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
				let ses = each_array_3[$$index_3];
				$$renderer.push(`<li><strong>${escape_html(ses.partnerName)}</strong>: ${escape_html(ses.title)} (${escape_html(formatDate(ses.heldAt))}) — ${escape_html(consultations_participants_n({ n: ses.participants }))}</li>`);
			}
			$$renderer.push(`<!--]--></ul></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.themes.length) {
			$$renderer.push(`<!--[0--><section aria-labelledby="themes"><h2 id="themes">${escape_html(consultations_themes())}</h2> <ul><!--[-->`);
			const each_array_4 = ensure_array_like(data.themes);
			for (let $$index_4 = 0, $$length = each_array_4.length; $$index_4 < $$length; $$index_4++) {
				let t = each_array_4[$$index_4];
				$$renderer.push(`<li>${escape_html(t.title)} — ${escape_html(answerStatusName(t.status))}</li>`);
			}
			$$renderer.push(`<!--]--></ul></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BKEUHFMe.js.map
