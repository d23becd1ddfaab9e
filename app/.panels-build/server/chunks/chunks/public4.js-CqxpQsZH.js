import { M as MECHANISMS } from './schema4.js-DVO4fwmJ.js';
import { z } from 'zod';

// src/routes/api/v1/processes/public.ts
var processFilter = z.object({
	mechanism: z.enum(MECHANISMS).optional(),
	district: z.coerce.number().int().min(1).max(18).optional()
});
/** The public shape of a process (no internal ids of officials). */
function publicProcess(p) {
	return {
		id: p.id,
		slug: p.slug,
		mechanism: p.mechanism,
		title: p.title,
		description: p.description,
		scope: p.scopeDecided !== void 0 ? {
			decided: p.scopeDecided,
			open: p.scopeOpen,
			whoDecides: p.scopeWhoDecides,
			when: p.scopeWhen
		} : void 0,
		districtId: p.districtId,
		topics: p.topics,
		status: p.status,
		outcome: p.outcome,
		currentPhase: p.currentPhase,
		open: p.open,
		phases: p.phases.map((ph) => ({
			name: ph.name,
			startsAt: ph.startsAt.toISOString(),
			endsAt: ph.endsAt.toISOString()
		}))
	};
}

export { publicProcess as a, processFilter as p };
//# sourceMappingURL=public4.js-CqxpQsZH.js.map
