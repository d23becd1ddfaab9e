// A small HTTP client for the attack suites: one cookie jar per person, form posts from the
// site's own origin (SvelteKit's CSRF check), redirects left for the test to read.

export interface Session {
	/** The person's cookies, as a Cookie header. */
	cookie: string;
	get(path: string, init?: RequestInit): Promise<Response>;
	/** A form post (url-encoded) from the site's origin; redirects are not followed. */
	post(path: string, form: Record<string, string> | URLSearchParams, init?: RequestInit): Promise<Response>;
}

function cookiesFrom(res: Response, jar: Map<string, string>): void {
	for (const c of res.headers.getSetCookie()) {
		const [pair] = c.split(';');
		const eq = pair.indexOf('=');
		const name = pair.slice(0, eq).trim();
		const value = pair.slice(eq + 1).trim();
		if (!value || /max-age=0/i.test(c)) jar.delete(name);
		else jar.set(name, value);
	}
}

export function session(baseUrl: string): Session {
	const jar = new Map<string, string>();
	const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
	const send = async (path: string, init: RequestInit) => {
		const headers = new Headers(init.headers);
		if (jar.size) headers.set('cookie', cookie());
		const res = await fetch(baseUrl + path, { ...init, headers, redirect: 'manual' });
		cookiesFrom(res, jar);
		return res;
	};
	return {
		get cookie() {
			return cookie();
		},
		get: (path, init = {}) => send(path, { ...init, method: init.method ?? 'GET', headers: { accept: 'text/html', ...(init.headers as Record<string, string>) } }),
		post: (path, form, init = {}) =>
			send(path, {
				...init,
				method: 'POST',
				headers: { origin: baseUrl, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', ...(init.headers as Record<string, string>) },
				body: form instanceof URLSearchParams ? form : new URLSearchParams(form)
			})
	};
}

/** Signs in through the /signin form; throws unless the server answered with the redirect. */
export async function signedIn(baseUrl: string, email: string, password: string): Promise<Session> {
	const s = session(baseUrl);
	const res = await s.post('/signin', { email, password, next: '/' });
	await res.arrayBuffer();
	if (res.status !== 303) throw new Error(`Sign-in as ${email} answered ${res.status}, not 303`);
	return s;
}
