// src/lib/server/meetings/ical.ts
var stamp = (d) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
/** Escapes TEXT values: backslash, semicolon, comma, newline. */
var escapeText = (s) => s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
/** Folds lines longer than 75 octets (continuation lines start with a space). */
function fold(line) {
	if (Buffer.from(line, "utf8").length <= 75) return line;
	const parts = [];
	let current = "";
	let size = 0;
	for (const ch of line) {
		const n = Buffer.byteLength(ch, "utf8");
		if (size + n > (parts.length ? 74 : 75)) {
			parts.push(current);
			current = "";
			size = 0;
		}
		current += ch;
		size += n;
	}
	parts.push(current);
	return parts.join("\r\n ");
}
function icalendar(events, name) {
	const lines = [
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		"PRODID:-//Decydujemy//Meetings//PL",
		"CALSCALE:GREGORIAN",
		"METHOD:PUBLISH",
		`X-WR-CALNAME:${escapeText(name)}`
	];
	for (const e of events) lines.push("BEGIN:VEVENT", `UID:${e.id}@decydujemy`, `DTSTAMP:${stamp(e.updatedAt)}`, `DTSTART:${stamp(e.startsAt)}`, `DTEND:${stamp(e.endsAt)}`, `SUMMARY:${escapeText(e.title)}`, `DESCRIPTION:${escapeText(e.description)}`, `LOCATION:${escapeText(e.location)}`, `URL:${e.url}`, `STATUS:${e.cancelled ? "CANCELLED" : "CONFIRMED"}`, "END:VEVENT");
	lines.push("END:VCALENDAR");
	return lines.map(fold).join("\r\n") + "\r\n";
}

export { icalendar as i };
//# sourceMappingURL=ical.js-BvKBpx_X.js.map
