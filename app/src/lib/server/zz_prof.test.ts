import { it } from 'vitest';
import { openDatabase } from '/work/main/app/src/lib/server/db/client';
import { seedDistricts } from '/work/main/app/src/lib/server/districts/service';
import { createAuth } from '/work/main/app/src/lib/server/accounts/auth';
it('prof', async () => {
	for (let k = 0; k < 2; k++) {
	let t = Date.now();
	const { PGlite } = await import('@electric-sql/pglite');
	const c = new PGlite(); await c.waitReady; console.log('bare pglite', Date.now() - t); t = Date.now();
	const d0 = await c.dumpDataDir('none'); console.log('dump', Date.now() - t, d0.size); t = Date.now();
	const c2 = new PGlite({ loadDataDir: d0 }); await c2.waitReady; console.log('load from dump', Date.now() - t); t = Date.now();
	await c.close(); await c2.close();
	const d = await openDatabase({ memory: true, migrate: false }); console.log('open no migrate', Date.now() - t); t = Date.now();
	await d.close();
	const d2 = await openDatabase({ memory: true }); console.log('open+migrate', Date.now() - t); t = Date.now();
	await seedDistricts(d2.db); console.log('seed', Date.now() - t); t = Date.now();
	await createAuth(d2.db, { baseURL: 'http://localhost:3000' }); console.log('auth', Date.now() - t); t = Date.now();
	await d2.close();
	}
}, 200000);
