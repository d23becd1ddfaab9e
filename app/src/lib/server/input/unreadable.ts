/**
 * Text a person cannot have typed and PostgreSQL cannot store: a NUL character (PostgreSQL's text
 * refuses it, "invalid byte sequence for encoding UTF8: 0x00") or bytes that are not UTF-8.
 * Found here, at the boundary (hooks.server.ts), for the path, the query and the text of a form,
 * so that no service ever sees it and every such request is a clear 400, never a 500.
 */

export type UnreadableKind = 'nul' | 'invalid_utf8';

/** Where the unreadable text was: the address path, a query parameter, or a form field. */
export interface Unreadable {
	where: 'path' | 'query' | 'form';
	/** The parameter or field name, when it is itself readable. */
	name?: string;
	kind: UnreadableKind;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/** The problem with these bytes as text, or null when they are readable UTF-8 without NUL. */
export function textProblem(bytes: Uint8Array): UnreadableKind | null {
	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		return 'invalid_utf8';
	}
	return text.includes('\u0000') ? 'nul' : null;
}

/** The bytes a percent-encoded component stands for (`+` as a space in form encoding). Characters
 * that are not percent-escapes stand for their own UTF-8 bytes; a `%` not followed by two hex
 * digits stands for itself, as URLSearchParams reads it. */
export function percentDecodeBytes(component: string, plusIsSpace: boolean): Uint8Array {
	const out: number[] = [];
	for (let i = 0; i < component.length; i++) {
		const c = component.charCodeAt(i);
		if (c === 0x25 /* % */ && /^[0-9a-fA-F]{2}$/.test(component.slice(i + 1, i + 3))) {
			out.push(parseInt(component.slice(i + 1, i + 3), 16));
			i += 2;
		} else if (c === 0x2b /* + */ && plusIsSpace) out.push(0x20);
		else if (c < 0x80) out.push(c);
		else {
			// A code point (a surrogate pair counts as one).
			const cp = component.codePointAt(i)!;
			for (const b of encoder.encode(String.fromCodePoint(cp))) out.push(b);
			if (cp > 0xffff) i++;
		}
	}
	return Uint8Array.from(out);
}

function readableName(raw: string, plusIsSpace: boolean): string | undefined {
	const bytes = percentDecodeBytes(raw, plusIsSpace);
	if (textProblem(bytes)) return undefined;
	const name = new TextDecoder().decode(bytes);
	// Names are shown back to the person: keep them short and printable.
	return name.length <= 60 && !/\p{C}/u.test(name) ? name : undefined;
}

/** `a=1&b=2` (a query string without `?`, or an application/x-www-form-urlencoded body). */
export function findInUrlEncoded(text: string, where: 'query' | 'form'): Unreadable | null {
	if (!text) return null;
	for (const pair of text.split('&')) {
		if (!pair) continue;
		const eq = pair.indexOf('=');
		const rawName = eq < 0 ? pair : pair.slice(0, eq);
		const rawValue = eq < 0 ? '' : pair.slice(eq + 1);
		const nameProblem = textProblem(percentDecodeBytes(rawName, true));
		if (nameProblem) return { where, kind: nameProblem };
		const valueProblem = textProblem(percentDecodeBytes(rawValue, true));
		if (valueProblem) return { where, name: readableName(rawName, true), kind: valueProblem };
	}
	return null;
}

/** The path (each segment percent-decoded) and the query of a request URL. */
export function findInUrl(url: URL): Unreadable | null {
	for (const segment of url.pathname.split('/')) {
		const kind = textProblem(percentDecodeBytes(segment, false));
		if (kind) return { where: 'path', kind };
	}
	return findInUrlEncoded(url.search.slice(1), 'query');
}

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
	return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).indexOf(Buffer.from(needle.buffer, needle.byteOffset, needle.byteLength), from);
}

/** The text fields of a multipart/form-data body (files are bytes, not text, and are skipped). */
export function findInMultipart(body: Uint8Array, boundary: string): Unreadable | null {
	const delimiter = encoder.encode(`--${boundary}`);
	const headerEnd = encoder.encode('\r\n\r\n');
	let at = indexOf(body, delimiter, 0);
	while (at >= 0) {
		const partStart = at + delimiter.length;
		// `--` after the delimiter closes the body.
		if (body[partStart] === 0x2d && body[partStart + 1] === 0x2d) return null;
		const next = indexOf(body, delimiter, partStart);
		if (next < 0) return null; // truncated: the form parser will refuse it
		const headersAt = indexOf(body, headerEnd, partStart);
		if (headersAt < 0 || headersAt > next) {
			at = next;
			continue;
		}
		// Header bytes one to one (ISO-8859-1), so that a name's UTF-8 bytes can be checked below.
		const headers = Buffer.from(body.subarray(partStart, headersAt)).toString('latin1');
		const disposition = /content-disposition:([^\r\n]*)/i.exec(headers)?.[1] ?? '';
		const isFile = /;\s*filename\*?=/i.test(disposition);
		// The content ends with the CRLF that precedes the next delimiter.
		const content = body.subarray(headersAt + headerEnd.length, Math.max(headersAt + headerEnd.length, next - 2));
		const rawName = /;\s*name="([^"]*)"/i.exec(disposition)?.[1] ?? /;\s*name=([^;\s]*)/i.exec(disposition)?.[1] ?? '';
		const nameBytes = Uint8Array.from(rawName, (ch) => ch.charCodeAt(0) & 0xff);
		const nameProblem = textProblem(nameBytes);
		if (nameProblem) return { where: 'form', kind: nameProblem };
		if (!isFile) {
			const kind = textProblem(content);
			if (kind) {
				const name = new TextDecoder().decode(nameBytes);
				return { where: 'form', name: name.length <= 60 && !/\p{C}/u.test(name) ? name : undefined, kind };
			}
		}
		at = next;
	}
	return null;
}

/** Strings inside a JSON body (a NUL may come as the escape \u0000). */
export function findInJson(body: Uint8Array): Unreadable | null {
	const kind = textProblem(body);
	if (kind === 'invalid_utf8') return { where: 'form', kind };
	let value: unknown;
	try {
		value = JSON.parse(new TextDecoder().decode(body));
	} catch {
		return null; // not JSON: the endpoint answers that itself
	}
	const stack: unknown[] = [value];
	while (stack.length) {
		const v = stack.pop();
		if (typeof v === 'string') {
			if (v.includes('\u0000')) return { where: 'form', kind: 'nul' };
		} else if (Array.isArray(v)) stack.push(...v);
		else if (v && typeof v === 'object') {
			for (const [k, inner] of Object.entries(v)) {
				if (k.includes('\u0000')) return { where: 'form', kind: 'nul' };
				stack.push(inner);
			}
		}
	}
	return null;
}

/** A request body's text, by its content type; other types (files, binary uploads) are not text. */
export function findInBody(contentType: string, body: Uint8Array): Unreadable | null {
	const type = contentType.split(';')[0].trim().toLowerCase();
	if (type === 'application/x-www-form-urlencoded') {
		// The body is ASCII by definition; bytes beyond that are themselves unreadable text.
		if (textProblem(body) === 'invalid_utf8') return { where: 'form', kind: 'invalid_utf8' };
		return findInUrlEncoded(new TextDecoder().decode(body), 'form');
	}
	if (type === 'multipart/form-data') {
		const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
		return boundary ? findInMultipart(body, boundary[1] ?? boundary[2]) : null;
	}
	if (type === 'application/json' || type.endsWith('+json')) return findInJson(body);
	return null;
}
