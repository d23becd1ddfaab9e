// The resident's journey without JavaScript (see support/journey.ts), against its own server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser';
import { residentJourney } from './support/journey';
import { assertBuilt, startServer, type TestServer } from './support/server';

assertBuilt();

describe.skipIf(!chromiumAvailable())('resident journey without JavaScript', () => {
	let server: TestServer;
	beforeAll(async () => {
		server = await startServer();
	});
	afterAll(async () => {
		if (!server) return;
		const ms = await server.stop();
		expect(ms).toBeLessThan(5000);
	});

	it('signs up, verifies, sets a district, comments; a moderator hides the comment with a reason the author sees', async () => {
		await residentJourney(server, false);
	}, 600_000);
});
