import { ak as head, ah as escape_html, ai as attr, al as stringify, aj as ensure_array_like, T as derived } from '../../../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../../../chunks/runtime2.js-YLGUkCbP.js';
import { gu as consultations_report_title, gv as consultations_report_preview, gw as consultations_report_published_on, a2 as formatDate, gx as consultations_report_lead, gy as consultations_download_pdf, gz as consultations_download_csv, gA as consultations_download_json, gB as consultations_download_report_json, gC as consultations_report_who, gD as consultations_report_total, aa as formatNumber, gE as consultations_report_online_people, gF as consultations_report_sessions, gG as consultations_voices, gH as consultations_form, gI as consultations_report_by_form, gJ as consultations_yes, gK as consultations_share, gL as consultations_population_share, gM as consultations_per_10k, gN as consultations_targeted, aO as district, gO as consultations_report_by_district, gP as consultations_census_note, gQ as consultations_age_band, gR as consultations_report_by_age, gS as consultations_age_unknown, gT as consultations_target_reach, gU as consultations_report_heard, f5 as consultations_answered_count, fw as consultations_themes, fy as consultations_no_themes, fE as consultations_theme, gV as consultations_submissions, fD as consultations_city_answer, gW as consultations_reason, gX as consultations_report_survey, gY as consultations_count, gZ as consultations_option, g_ as consultations_answered_n, g$ as consultations_value, h0 as consultations_mean, h1 as consultations_mean_position, h2 as consultations_first_places, h3 as consultations_text_answers, h4 as consultations_report_pins, gf as consultations_topic, eQ as topicName, h5 as consultations_report_decided, h6 as consultations_decision_pending, fV as consultations_evaluation, eS as consultations_evaluation_none, eU as consultations_eval_responses, eV as consultations_eval_scope_clear, eW as consultations_eval_heard, h7 as consultations_eval_again, eX as consultations_eval_again_yes, g1 as consultations_eval_again_maybe, g2 as consultations_eval_again_no, h8 as consultations_evaluate, fU as consultations_evaluation_thanks } from '../../../../../chunks/i18n.js-DrLrGNuv.js';
import { C as ConsultationNav } from '../../../../../chunks/ConsultationNav.js-r1GSzoDI.js';
import { P as PinMap } from '../../../../../chunks/PinMap.js-BB3NQyzH.js';
import { f as formName, a as ageBandName, c as answerStatusName } from '../../../../../chunks/util.js-DsvsUjlA.js';
import '../../../../../chunks/shared.js-0FrVOi6h.js';
import '../../../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/lib/components/consultations/BarChart.svelte
function BarChart($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** A server-rendered horizontal bar chart (SVG) with its data table as the accessible
		* alternative: the SVG is hidden from screen readers, the table carries the figures. */
		let { id, title, rows, valueLabel, labelHeader, extra = [] } = $$props;
		const max = derived(() => Math.max(1, ...rows.map((r) => r.value)));
		const LABEL = 200;
		const BAR = 22;
		const H = derived(() => rows.length * 30 + 8);
		$$renderer.push(`<figure class="chart svelte-1yl7jts"${attr("aria-labelledby", `${stringify(id)}-caption`)}><figcaption${attr("id", `${stringify(id)}-caption`)}><strong>${escape_html(title)}</strong></figcaption> <svg${attr("viewBox", `0 0 560 ${stringify(H())}`)} width="100%" aria-hidden="true" focusable="false" class="bar-chart svelte-1yl7jts"><!--[-->`);
		const each_array = ensure_array_like(rows);
		for (let i = 0, $$length = each_array.length; i < $$length; i++) {
			let r = each_array[i];
			const y = 8 + i * 30;
			const w = 300 * r.value / max();
			$$renderer.push(`<text${attr("x", 192)}${attr("y", y + BAR * .7)} text-anchor="end" font-size="13" class="svelte-1yl7jts">${escape_html(r.label.length > 28 ? r.label.slice(0, 27) + "…" : r.label)}</text><rect${attr("x", LABEL)}${attr("y", y)}${attr("width", Math.max(w, r.value > 0 ? 2 : 0))}${attr("height", BAR)}${attr("fill", r.highlight ? "#0b6e4f" : "#3d6fb6")}></rect><text${attr("x", LABEL + w + 6)}${attr("y", y + BAR * .7)} font-size="13" class="svelte-1yl7jts">${escape_html(formatNumber(r.value))}</text>`);
		}
		$$renderer.push(`<!--]--></svg> <div class="table-wrap"><table><thead><tr><th scope="col">${escape_html(labelHeader)}</th><th scope="col">${escape_html(valueLabel)}</th><!--[-->`);
		const each_array_1 = ensure_array_like(extra);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let e = each_array_1[$$index_1];
			$$renderer.push(`<th scope="col">${escape_html(e)}</th>`);
		}
		$$renderer.push(`<!--]--></tr></thead><tbody><!--[-->`);
		const each_array_2 = ensure_array_like(rows);
		for (let i = 0, $$length = each_array_2.length; i < $$length; i++) {
			let r = each_array_2[i];
			$$renderer.push(`<tr><th scope="row">${escape_html(r.label)}</th><td>${escape_html(formatNumber(r.value))}</td><!--[-->`);
			const each_array_3 = ensure_array_like(r.extra ?? []);
			for (let k = 0, $$length = each_array_3.length; k < $$length; k++) {
				let x = each_array_3[k];
				$$renderer.push(`<td>${escape_html(typeof x === "number" ? formatNumber(x) : x)}</td>`);
			}
			$$renderer.push(`<!--]--></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table></div></figure>`);
	});
}
// src/routes/consultations/[slug]/report/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const c = derived(() => data.c);
		const p = derived(() => c().process);
		const r = derived(() => data.report);
		const part = derived(() => r().participation);
		const FORMS = [
			"survey",
			"document",
			"map",
			"meetings",
			"partners"
		];
		const pinTopics = derived(() => [...new Set(r().pins.map((x) => x.topic))]);
		head("1hnfr4i", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(consultations_report_title())} — ${escape_html(p().title)} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<p class="meta">${escape_html(p().title)}</p> <h1>${escape_html(consultations_report_title())}</h1> `);
		ConsultationNav($$renderer, {
			slug: p().slug,
			forms: c().settings.forms,
			current: "report",
			reportPublished: !!c().settings.reportPublishedAt
		});
		$$renderer.push(`<!----> `);
		if (!r().published) $$renderer.push(`<!--[0--><p class="notice warning">${escape_html(consultations_report_preview())}</p>`);
		else $$renderer.push(`<!--[-1--><p class="meta">${escape_html(consultations_report_published_on({ date: formatDate(r().published) }))}</p>`);
		$$renderer.push(`<!--]--> <p>${escape_html(consultations_report_lead())}</p> <p class="downloads"><a${attr("href", localizeHref(`/consultations/${p().slug}/report.pdf`))}>${escape_html(consultations_download_pdf())}</a> · <a${attr("href", `/api/v1/consultations/${stringify(p().slug)}/submissions.csv`)}>${escape_html(consultations_download_csv())}</a> · <a${attr("href", `/api/v1/consultations/${stringify(p().slug)}/submissions`)}>${escape_html(consultations_download_json())}</a> · <a${attr("href", `/api/v1/consultations/${stringify(p().slug)}/report`)}>${escape_html(consultations_download_report_json())}</a></p> <section aria-labelledby="who"><h2 id="who">${escape_html(consultations_report_who())}</h2> <p class="big-figure svelte-1hnfr4i">${escape_html(consultations_report_total({ n: formatNumber(part().total) }))}</p> <p>${escape_html(consultations_report_online_people({ n: part().onlinePeople }))} ${escape_html(consultations_report_sessions({ n: part().partnerSessions }))}</p> `);
		BarChart($$renderer, {
			id: "by-form",
			title: consultations_report_by_form(),
			labelHeader: consultations_form(),
			valueLabel: consultations_voices(),
			rows: FORMS.map((f) => ({
				label: formName(f),
				value: part().byForm[f]
			}))
		});
		$$renderer.push(`<!----> `);
		BarChart($$renderer, {
			id: "by-district",
			title: consultations_report_by_district(),
			labelHeader: district(),
			valueLabel: consultations_voices(),
			extra: [
				consultations_share(),
				consultations_population_share(),
				consultations_per_10k(),
				consultations_targeted()
			],
			rows: part().byDistrict.map((d) => ({
				label: `${d.roman}. ${d.name}`,
				value: d.total,
				highlight: d.targeted,
				extra: [
					`${d.share}%`,
					`${d.populationShare}%`,
					d.perTenThousand,
					d.targeted ? consultations_yes() : "—"
				]
			}))
		});
		$$renderer.push(`<!----> <p class="hint">${escape_html(consultations_census_note({ n: part().unknownDistrict }))}</p> `);
		BarChart($$renderer, {
			id: "by-age",
			title: consultations_report_by_age(),
			labelHeader: consultations_age_band(),
			valueLabel: consultations_voices(),
			extra: [consultations_share(), consultations_targeted()],
			rows: part().byAgeBand.map((a) => ({
				label: ageBandName(a.band),
				value: a.total,
				highlight: a.targeted,
				extra: [`${a.share}%`, a.targeted ? consultations_yes() : "—"]
			}))
		});
		$$renderer.push(`<!----> <p class="hint">${escape_html(consultations_age_unknown({ n: part().unknownAgeBand }))}</p> <p>${escape_html(consultations_target_reach({
			districts: part().targetDistrictsReached,
			ofDistricts: part().targetDistricts,
			ages: part().targetAgeBandsReached,
			ofAges: part().targetAgeBands
		}))}</p></section> <section aria-labelledby="heard"><h2 id="heard">${escape_html(consultations_report_heard())}</h2> <p>${escape_html(consultations_answered_count({
			answered: r().submissions.answered,
			total: r().submissions.total
		}))}</p> <h3>${escape_html(consultations_themes())}</h3> `);
		if (r().themes.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(consultations_no_themes())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><div class="table-wrap"><table><thead><tr><th scope="col">${escape_html(consultations_theme())}</th><th scope="col">${escape_html(consultations_submissions())}</th><th scope="col">${escape_html(consultations_city_answer())}</th><th scope="col">${escape_html(consultations_reason())}</th></tr></thead><tbody><!--[-->`);
			const each_array = ensure_array_like(r().themes);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let t = each_array[$$index];
				$$renderer.push(`<tr><th scope="row">${escape_html(t.title)}</th><td>${escape_html(t.submissions)}</td><td>${escape_html(answerStatusName(t.status))}</td><td>${escape_html(t.reason ?? "—")}</td></tr>`);
			}
			$$renderer.push(`<!--]--></tbody></table></div>`);
		}
		$$renderer.push(`<!--]--> <h3>${escape_html(consultations_report_survey({ n: r().survey.responses }))}</h3> <!--[-->`);
		const each_array_1 = ensure_array_like(r().survey.questions);
		for (let i = 0, $$length = each_array_1.length; i < $$length; i++) {
			let q = each_array_1[i];
			const cid = `q${i}`;
			if (q.kind === "single" || q.kind === "multiple") {
				$$renderer.push("<!--[0-->");
				BarChart($$renderer, {
					id: cid,
					title: `${stringify(i + 1)}. ${stringify(q.prompt)} (${stringify(consultations_answered_n({ n: q.answered }))})`,
					labelHeader: consultations_option(),
					valueLabel: consultations_count(),
					rows: q.options.map((o) => ({
						label: o.label,
						value: o.count
					}))
				});
			} else if (q.kind === "scale") {
				$$renderer.push("<!--[1-->");
				BarChart($$renderer, {
					id: cid,
					title: `${stringify(i + 1)}. ${stringify(q.prompt)} (${stringify(consultations_mean({ mean: q.mean ?? "—" }))}, ${stringify(consultations_answered_n({ n: q.answered }))})`,
					labelHeader: consultations_value(),
					valueLabel: consultations_count(),
					rows: q.distribution.map((d) => ({
						label: String(d.value),
						value: d.count
					}))
				});
			} else if (q.kind === "ranking") {
				$$renderer.push("<!--[2-->");
				BarChart($$renderer, {
					id: cid,
					title: `${stringify(i + 1)}. ${stringify(q.prompt)} (${stringify(consultations_answered_n({ n: q.answered }))})`,
					labelHeader: consultations_option(),
					valueLabel: consultations_first_places(),
					extra: [consultations_mean_position()],
					rows: q.options.map((o) => ({
						label: o.label,
						value: o.firstPlaces,
						extra: [o.meanPosition ?? "—"]
					}))
				});
			} else if (q.kind === "matrix") {
				$$renderer.push(`<!--[3--><div class="table-wrap"><table><caption>${escape_html(i + 1)}. ${escape_html(q.prompt)} (${escape_html(consultations_answered_n({ n: q.answered }))})</caption><thead><tr><td></td><!--[-->`);
				const each_array_2 = ensure_array_like(q.columns);
				for (let $$index_1 = 0, $$length = each_array_2.length; $$index_1 < $$length; $$index_1++) {
					let col = each_array_2[$$index_1];
					$$renderer.push(`<th scope="col">${escape_html(col)}</th>`);
				}
				$$renderer.push(`<!--]--></tr></thead><tbody><!--[-->`);
				const each_array_3 = ensure_array_like(q.rows);
				for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
					let row = each_array_3[$$index_3];
					$$renderer.push(`<tr><th scope="row">${escape_html(row.label)}</th><!--[-->`);
					const each_array_4 = ensure_array_like(row.counts);
					for (let k = 0, $$length = each_array_4.length; k < $$length; k++) {
						let n = each_array_4[k];
						$$renderer.push(`<td>${escape_html(n)}</td>`);
					}
					$$renderer.push(`<!--]--></tr>`);
				}
				$$renderer.push(`<!--]--></tbody></table></div>`);
			} else if (q.kind === "map_point") {
				$$renderer.push(`<!--[4--><h4>${escape_html(i + 1)}. ${escape_html(q.prompt)} (${escape_html(consultations_answered_n({ n: q.answered }))})</h4> `);
				PinMap($$renderer, {
					districts: data.districts,
					pins: q.points.map((pt, k) => ({
						id: `${cid}-${k}`,
						lat: pt.lat,
						lon: pt.lon,
						topic: "heat"
					}))
				});
				$$renderer.push(`<!----> <ul class="points svelte-1hnfr4i"><!--[-->`);
				const each_array_5 = ensure_array_like(q.points);
				for (let k = 0, $$length = each_array_5.length; k < $$length; k++) {
					let pt = each_array_5[k];
					$$renderer.push(`<li>${escape_html(pt.lat)}, ${escape_html(pt.lon)}</li>`);
				}
				$$renderer.push(`<!--]--></ul>`);
			} else $$renderer.push(`<!--[-1--><p><strong>${escape_html(i + 1)}. ${escape_html(q.prompt)}</strong> — ${escape_html(consultations_text_answers({ n: q.answered }))}</p>`);
			$$renderer.push(`<!--]-->`);
		}
		$$renderer.push(`<!--]--> <h3>${escape_html(consultations_report_pins({ n: r().pins.length }))}</h3> `);
		PinMap($$renderer, {
			districts: data.districts,
			pins: r().pins.map((x, k) => ({
				id: String(k),
				lat: x.lat,
				lon: x.lon,
				topic: x.topic
			}))
		});
		$$renderer.push(`<!----> <div class="table-wrap"><table><caption class="visually-hidden">${escape_html(consultations_report_pins({ n: r().pins.length }))}</caption><thead><tr><th scope="col">${escape_html(consultations_topic())}</th><th scope="col">${escape_html(consultations_count())}</th></tr></thead><tbody><!--[-->`);
		const each_array_6 = ensure_array_like(pinTopics());
		for (let $$index_6 = 0, $$length = each_array_6.length; $$index_6 < $$length; $$index_6++) {
			let t = each_array_6[$$index_6];
			$$renderer.push(`<tr><th scope="row">${escape_html(topicName(t))}</th><td>${escape_html(r().pins.filter((x) => x.topic === t).length)}</td></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table></div></section> <section aria-labelledby="decided"><h2 id="decided">${escape_html(consultations_report_decided())}</h2> <p class="decision svelte-1hnfr4i">${escape_html(r().decision ?? consultations_decision_pending())}</p></section> <section aria-labelledby="evaluation"><h2 id="evaluation">${escape_html(consultations_evaluation())}</h2> `);
		if (r().evaluation.responses === 0) $$renderer.push(`<!--[0--><p>${escape_html(consultations_evaluation_none())}</p>`);
		else $$renderer.push(`<!--[-1--><dl class="scope"><div><dt>${escape_html(consultations_eval_responses())}</dt><dd>${escape_html(r().evaluation.responses)}</dd></div> <div><dt>${escape_html(consultations_eval_scope_clear())}</dt><dd>${escape_html(r().evaluation.scopeClear)} / 5</dd></div> <div><dt>${escape_html(consultations_eval_heard())}</dt><dd>${escape_html(r().evaluation.heard)} / 5</dd></div> <div><dt>${escape_html(consultations_eval_again())}</dt><dd>${escape_html(consultations_eval_again_yes())}: ${escape_html(r().evaluation.again.yes)}, ${escape_html(consultations_eval_again_maybe())}: ${escape_html(r().evaluation.again.maybe)}, ${escape_html(consultations_eval_again_no())}: ${escape_html(r().evaluation.again.no)}</dd></div></dl>`);
		$$renderer.push(`<!--]--> `);
		if (data.evaluation.open && data.evaluation.participant && !data.evaluation.done) $$renderer.push(`<!--[0--><p><a class="button"${attr("href", localizeHref(`/consultations/${p().slug}/evaluation`))}>${escape_html(consultations_evaluate())}</a></p>`);
		else if (data.evaluation.done) $$renderer.push(`<!--[1--><p>${escape_html(consultations_evaluation_thanks())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></section>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-P8iLPfVR.js.map
