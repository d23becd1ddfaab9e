import { z } from 'zod';
import type { ProcessSummary } from '$lib/server/processes/service';
import { MECHANISMS } from '$lib/server/processes/schema';

export const processFilter = z.object({
	mechanism: z.enum(MECHANISMS).optional(),
	district: z.coerce.number().int().min(1).max(18).optional()
});

/** The public shape of a process (no internal ids of officials). */
export function publicProcess(p: ProcessSummary & { scopeDecided?: string; scopeOpen?: string; scopeWhoDecides?: string; scopeWhen?: string }) {
	return {
		id: p.id,
		slug: p.slug,
		mechanism: p.mechanism,
		title: p.title,
		description: p.description,
		scope: p.scopeDecided !== undefined ? { decided: p.scopeDecided, open: p.scopeOpen, whoDecides: p.scopeWhoDecides, when: p.scopeWhen } : undefined,
		districtId: p.districtId,
		topics: p.topics,
		status: p.status,
		outcome: p.outcome,
		currentPhase: p.currentPhase,
		open: p.open,
		phases: p.phases.map((ph) => ({ name: ph.name, startsAt: ph.startsAt.toISOString(), endsAt: ph.endsAt.toISOString() }))
	};
}
