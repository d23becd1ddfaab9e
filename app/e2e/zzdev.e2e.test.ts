import { it } from 'vitest';
import { residentJourney } from './support/journey';
const server = { url: 'http://localhost:3917', port: 3917, admin: { email: 'admin@e2e.decydujemy.test', password: 'e2e-admin-password-2026' }, logs: () => '', stop: async () => 0 };
it('dev', async () => { await residentJourney(server as never, process.env.JS === '1'); }, 400_000);
