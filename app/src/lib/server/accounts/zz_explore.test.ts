import { describe, it, expect } from 'vitest';
import { openTestDatabase } from '../testing/db';
import { signUp, signIn } from './service';
import { outboxEmail } from '../notifications/schema';
describe('explore', () => {
	it('runs', async () => {
		const t0 = Date.now();
		const t = await openTestDatabase('pglite');
		console.log('open', Date.now() - t0);
		const ctx = t.ctx(null);
		await signUp(ctx, t.auth, { name: 'Ala', email: 'ala@x.pl', password: 'password1234' }, '1.1.1.1');
		const mails = await t.db.select().from(outboxEmail);
		console.log(mails);
		try { await signUp(ctx, t.auth, { name: 'Ala', email: 'ala@x.pl', password: 'password1234' }, '1.1.1.1'); console.log('dup ok'); } catch (e) { console.log('dup', e); }
		try { const r = await signIn(ctx, t.auth, { email: 'ala@x.pl', password: 'password1234' }, '1.1.1.1', new Headers()); console.log('signin', r); } catch (e) { console.log('signin err', e); }
		const t1 = Date.now();
		await t.user('admin');
		console.log('user', Date.now() - t1);
		await t.drop();
	});
});
