import { ak as head, ah as escape_html, ai as attr, aj as ensure_array_like } from '../../../chunks/server.js-DL9eFGXd.js';
import { l as localizeHref } from '../../../chunks/runtime2.js-YLGUkCbP.js';
import { hC as ideas_title, hD as ideas_lead, hE as ideas_propose, cZ as filter, gf as consultations_topic, c_ as all, eQ as topicName, c4 as status, hF as ideas_sort, hG as ideas_sort_new, hH as ideas_sort_support, hI as ideas_none, a2 as formatDate, hJ as ideas_supports_n, hK as ideas_comments_n } from '../../../chunks/i18n.js-DrLrGNuv.js';
import { i as ideaStatusName } from '../../../chunks/util.js-DsvsUjlA.js';
import '../../../chunks/shared.js-0FrVOi6h.js';
import '../../../chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';

// src/routes/ideas/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("rkbp9v", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(ideas_title())} — Decydujemy</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(ideas_title())}</h1> <p class="lead">${escape_html(ideas_lead())}</p> <p><a class="button"${attr("href", localizeHref("/ideas/new"))}>${escape_html(ideas_propose())}</a></p> <p><a href="/api/v1/ideas">JSON</a> · <a href="/api/v1/ideas.csv">CSV</a></p> <form method="GET" class="actions"${attr("aria-label", filter())}><div class="field"><label for="topic">${escape_html(consultations_topic())}</label><select id="topic" name="topic">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html(all())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array = ensure_array_like(data.topics);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let t = each_array[$$index];
			$$renderer.option({
				value: t,
				selected: data.filter.topic === t
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(topicName(t))}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> <div class="field"><label for="status">${escape_html(status())}</label><select id="status" name="status">`);
		$$renderer.option({ value: "" }, ($$renderer) => {
			$$renderer.push(`${escape_html(all())}`);
		});
		$$renderer.push(`<!--[-->`);
		const each_array_1 = ensure_array_like(data.statuses);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let s = each_array_1[$$index_1];
			$$renderer.option({
				value: s,
				selected: data.filter.status === s
			}, ($$renderer) => {
				$$renderer.push(`${escape_html(ideaStatusName(s))}`);
			});
		}
		$$renderer.push(`<!--]--></select></div> <div class="field"><label for="sort">${escape_html(ideas_sort())}</label><select id="sort" name="sort">`);
		$$renderer.option({ value: "new" }, ($$renderer) => {
			$$renderer.push(`${escape_html(ideas_sort_new())}`);
		});
		$$renderer.option({
			value: "support",
			selected: data.filter.sort === "support"
		}, ($$renderer) => {
			$$renderer.push(`${escape_html(ideas_sort_support())}`);
		});
		$$renderer.push(`</select></div> <button class="secondary" type="submit">${escape_html(filter())}</button></form> `);
		if (data.ideas.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(ideas_none())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <ul class="cards"><!--[-->`);
		const each_array_2 = ensure_array_like(data.ideas);
		for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
			let i = each_array_2[$$index_2];
			$$renderer.push(`<li class="card"><h2 class="h3 svelte-rkbp9v"><a${attr("href", localizeHref(`/ideas/${i.id}`))}>${escape_html(i.title)}</a></h2> <p class="meta"><span class="tag">${escape_html(topicName(i.topic))}</span> <span class="tag">${escape_html(ideaStatusName(i.status))}</span> ${escape_html(formatDate(i.createdAt))}</p> <p>${escape_html(ideas_supports_n({ n: i.supports }))} · ${escape_html(ideas_comments_n({ n: i.comments }))}</p></li>`);
		}
		$$renderer.push(`<!--]--></ul>`);
	});
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-D_1bK9Hy.js.map
