/** The assessment and appeal path of an edition as a state machine over data (AssessmentPath):
 * a project awaits a stage, is rejected at a stage, has an appeal pending against a stage's
 * rejection, is rejected for good (appeal dismissed, or the stage cannot be appealed), or is on
 * the ballot. Pure: the service derives the state from the stored decisions, asks `transition`
 * for the next one and stores it. Kraków's path is KRAKOW_PATH (schema.ts). */
import { z } from 'zod';
import { ASSESSMENT_STAGES, type AssessmentPath, type AssessmentStage, type ProjectStatus } from './schema';

export type AssessmentState =
	| { kind: 'awaiting'; stage: AssessmentStage }
	| { kind: 'rejected'; stage: AssessmentStage }
	| { kind: 'appealed'; stage: AssessmentStage }
	| { kind: 'final_rejection'; stage: AssessmentStage }
	| { kind: 'ballot' };

export type AssessmentEvent =
	| { type: 'assess'; stage: AssessmentStage; positive: boolean }
	| { type: 'appeal' }
	| { type: 'decide_appeal'; upheld: boolean };

/** A transition the path does not allow: the message key says why. */
export type Refusal = { refused: 'budgets_wrong_stage' | 'budgets_not_awaiting_assessment' | 'budgets_nothing_to_appeal' | 'budgets_stage_not_appealable' | 'budgets_no_appeal_pending' };

export const assessmentPathSchema = z
	.object({
		stages: z.array(z.enum(ASSESSMENT_STAGES)).min(1).max(ASSESSMENT_STAGES.length),
		appealAgainst: z.array(z.enum(ASSESSMENT_STAGES)),
		afterUpheldAppeal: z.record(z.enum(ASSESSMENT_STAGES), z.union([z.enum(ASSESSMENT_STAGES), z.literal('ballot')]))
	})
	.refine((p) => new Set(p.stages).size === p.stages.length, { message: 'budgets_path_invalid', path: ['stages'] })
	.refine((p) => p.appealAgainst.every((s) => p.stages.includes(s) && p.afterUpheldAppeal[s] !== undefined), { message: 'budgets_path_invalid', path: ['appealAgainst'] })
	// An upheld appeal never sends a project back to an earlier stage (or the same one).
	.refine((p) => Object.entries(p.afterUpheldAppeal).every(([from, to]) => to === 'ballot' || (p.stages.includes(to) && p.stages.indexOf(to) > p.stages.indexOf(from as AssessmentStage))), { message: 'budgets_path_invalid', path: ['afterUpheldAppeal'] });

/** Where a project goes after passing `stage`: the next stage, or the ballot after the last. */
function after(path: AssessmentPath, stage: AssessmentStage): AssessmentState {
	const next = path.stages[path.stages.indexOf(stage) + 1];
	return next ? { kind: 'awaiting', stage: next } : { kind: 'ballot' };
}

export function initialState(path: AssessmentPath): AssessmentState {
	return { kind: 'awaiting', stage: path.stages[0] };
}

/** The next state, or why the path refuses the event in this state. */
export function transition(path: AssessmentPath, state: AssessmentState, event: AssessmentEvent): AssessmentState | Refusal {
	switch (event.type) {
		case 'assess':
			if (state.kind !== 'awaiting') return { refused: 'budgets_not_awaiting_assessment' };
			if (state.stage !== event.stage) return { refused: 'budgets_wrong_stage' };
			if (event.positive) return after(path, event.stage);
			return path.appealAgainst.includes(event.stage) ? { kind: 'rejected', stage: event.stage } : { kind: 'final_rejection', stage: event.stage };
		case 'appeal':
			if (state.kind !== 'rejected' && state.kind !== 'final_rejection') return { refused: 'budgets_nothing_to_appeal' };
			if (state.kind === 'final_rejection' || !path.appealAgainst.includes(state.stage)) return { refused: 'budgets_stage_not_appealable' };
			return { kind: 'appealed', stage: state.stage };
		case 'decide_appeal': {
			if (state.kind !== 'appealed') return { refused: 'budgets_no_appeal_pending' };
			if (!event.upheld) return { kind: 'final_rejection', stage: state.stage };
			const to = path.afterUpheldAppeal[state.stage] ?? 'ballot';
			return to === 'ballot' ? { kind: 'ballot' } : { kind: 'awaiting', stage: to };
		}
	}
}

export const isRefusal = (r: AssessmentState | Refusal): r is Refusal => 'refused' in r;

/** The project's status column for a state (what lists, the ballot and the public pages read). */
export function statusFor(state: AssessmentState): ProjectStatus {
	if (state.kind === 'ballot') return 'accepted';
	if (state.kind === 'awaiting') return 'submitted';
	return 'rejected';
}

/** What the service stores, replayed: decisions (verifications) and appeals in time order. */
export interface AssessmentRecord {
	verifications: { id: string; stage: AssessmentStage; positive: boolean; decidedAt: Date }[];
	appeals: { verificationId: string; accepted: boolean | null }[];
}

/** The state of a submitted project, derived from its stored decisions by replaying them through
 * the path. `status` is the project's status column: an author's correction of a rejected project
 * puts it back to 'submitted', which re-opens the stage it was rejected at. */
export function stateOf(path: AssessmentPath, status: ProjectStatus, rec: AssessmentRecord): AssessmentState {
	let s = initialState(path);
	const sorted = [...rec.verifications].sort((a, b) => a.decidedAt.getTime() - b.decidedAt.getTime());
	for (const v of sorted) {
		// A correction by the author re-opened the stage: replay from there.
		if ((s.kind === 'rejected' || s.kind === 'final_rejection') && v.stage === s.stage) s = { kind: 'awaiting', stage: v.stage };
		const r = transition(path, s, { type: 'assess', stage: v.stage, positive: v.positive });
		if (isRefusal(r)) continue; // decisions stored before the path was enforced
		s = r;
		const a = rec.appeals.find((x) => x.verificationId === v.id);
		if (a && s.kind === 'rejected') {
			s = { kind: 'appealed', stage: s.stage };
			if (a.accepted !== null) {
				const d = transition(path, s, { type: 'decide_appeal', upheld: a.accepted });
				if (!isRefusal(d)) s = d;
			}
		}
	}
	if (status === 'submitted' && (s.kind === 'rejected' || s.kind === 'final_rejection')) return { kind: 'awaiting', stage: s.stage };
	if (status === 'accepted') return { kind: 'ballot' };
	return s;
}
