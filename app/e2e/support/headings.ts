/**
 * Heading order read from the HTML the server renders (WCAG 1.3.1 / 2.4.6): the page starts at h1
 * and never skips a level going down (h2 → h4). Headings in a closed <details> are not in the
 * accessibility tree until it opens, so they are left out, except those in its <summary>, which
 * is always shown. Used by the language pass, which reads every page in pl, en and uk over HTTP.
 */
export function skippedHeadings(html: string): string {
	const body = (/<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html).replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1>/gi, ' ');
	const out: string[] = [];
	// One entry per open <details>: is it open, and are we inside its <summary>?
	const details: { open: boolean; inSummary: boolean }[] = [];
	const hidden = () => details.some((d) => !d.open && !d.inSummary);
	let prev = 0;
	for (const m of body.matchAll(/<(\/?)(details|summary|h[1-6])\b([^>]*)>/gi)) {
		const closing = m[1] === '/';
		const tag = m[2].toLowerCase();
		if (tag === 'details') {
			if (closing) details.pop();
			else details.push({ open: /\sopen(\s|=|$)/i.test(m[3]), inSummary: false });
		} else if (tag === 'summary') {
			const d = details.at(-1);
			if (d) d.inSummary = !closing;
		} else if (!closing && !hidden()) {
			const level = Number(tag[1]);
			if (prev === 0 ? level !== 1 : level > prev + 1) {
				const text = body
					.slice((m.index ?? 0) + m[0].length)
					.split(/<\/h[1-6]>/i)[0]
					.replace(/<[^>]*>/g, '')
					.replace(/\s+/g, ' ')
					.trim()
					.slice(0, 60);
				out.push(`h${prev || '-'} → h${level} "${text}"`);
			}
			prev = level;
		}
	}
	return out.join('; ');
}
