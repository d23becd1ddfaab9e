// The assessment and appeal path as a state machine: every transition of Kraków's path, allowed
// and refused, and what a different path (another city's) changes.
import { describe, expect, it } from 'vitest';
import { assessmentPathSchema, initialState, stateOf, statusFor, transition, type AssessmentEvent, type AssessmentState } from './assessment';
import { KRAKOW_PATH, type AssessmentPath } from './schema';

const S = {
	awaitingFormal: { kind: 'awaiting', stage: 'formal' },
	awaitingMerit: { kind: 'awaiting', stage: 'merit' },
	rejectedFormal: { kind: 'rejected', stage: 'formal' },
	rejectedMerit: { kind: 'rejected', stage: 'merit' },
	appealedFormal: { kind: 'appealed', stage: 'formal' },
	appealedMerit: { kind: 'appealed', stage: 'merit' },
	finalFormal: { kind: 'final_rejection', stage: 'formal' },
	finalMerit: { kind: 'final_rejection', stage: 'merit' },
	ballot: { kind: 'ballot' }
} satisfies Record<string, AssessmentState>;
type StateName = keyof typeof S;

const E = {
	formalYes: { type: 'assess', stage: 'formal', positive: true },
	formalNo: { type: 'assess', stage: 'formal', positive: false },
	meritYes: { type: 'assess', stage: 'merit', positive: true },
	meritNo: { type: 'assess', stage: 'merit', positive: false },
	appeal: { type: 'appeal' },
	uphold: { type: 'decide_appeal', upheld: true },
	dismiss: { type: 'decide_appeal', upheld: false }
} satisfies Record<string, AssessmentEvent>;
type EventName = keyof typeof E;

/** Kraków's path, written out in full: every allowed transition; every other pair is refused. */
const ALLOWED: Partial<Record<StateName, Partial<Record<EventName, StateName>>>> = {
	awaitingFormal: { formalYes: 'awaitingMerit', formalNo: 'rejectedFormal' },
	awaitingMerit: { meritYes: 'ballot', meritNo: 'rejectedMerit' },
	rejectedFormal: { appeal: 'appealedFormal' },
	rejectedMerit: { appeal: 'appealedMerit' },
	// The rule the issue is about: an upheld appeal against a FORMAL rejection goes to the merit
	// assessment, not to the ballot.
	appealedFormal: { uphold: 'awaitingMerit', dismiss: 'finalFormal' },
	appealedMerit: { uphold: 'ballot', dismiss: 'finalMerit' }
};

const REFUSAL: Record<EventName, (s: StateName) => string> = {
	formalYes: (s) => (s.startsWith('awaiting') ? 'budgets_wrong_stage' : 'budgets_not_awaiting_assessment'),
	formalNo: (s) => (s.startsWith('awaiting') ? 'budgets_wrong_stage' : 'budgets_not_awaiting_assessment'),
	meritYes: (s) => (s.startsWith('awaiting') ? 'budgets_wrong_stage' : 'budgets_not_awaiting_assessment'),
	meritNo: (s) => (s.startsWith('awaiting') ? 'budgets_wrong_stage' : 'budgets_not_awaiting_assessment'),
	appeal: (s) => (s.startsWith('final') ? 'budgets_stage_not_appealable' : 'budgets_nothing_to_appeal'),
	uphold: () => 'budgets_no_appeal_pending',
	dismiss: () => 'budgets_no_appeal_pending'
};

describe("Kraków's assessment and appeal path", () => {
	it('starts at the formal assessment', () => expect(initialState(KRAKOW_PATH)).toEqual(S.awaitingFormal));
	for (const state of Object.keys(S) as StateName[])
		for (const event of Object.keys(E) as EventName[]) {
			const to = ALLOWED[state]?.[event];
			if (to) it(`${state} —${event}→ ${to}`, () => expect(transition(KRAKOW_PATH, S[state], E[event])).toEqual(S[to]));
			else it(`${state} —${event}: refused (${REFUSAL[event](state)})`, () => expect(transition(KRAKOW_PATH, S[state], E[event])).toEqual({ refused: REFUSAL[event](state) }));
		}
	it('maps states to the status the lists and the ballot read', () => {
		expect(statusFor(S.awaitingMerit)).toBe('submitted');
		expect(statusFor(S.appealedFormal)).toBe('rejected');
		expect(statusFor(S.finalMerit)).toBe('rejected');
		expect(statusFor(S.ballot)).toBe('accepted');
	});
});

describe('another city’s path, as data', () => {
	const oneStage: AssessmentPath = { stages: ['formal'], appealAgainst: [], afterUpheldAppeal: {} };
	it('one stage without appeals: a positive decision goes to the ballot, a negative one is final', () => {
		expect(transition(oneStage, initialState(oneStage), E.formalYes)).toEqual(S.ballot);
		expect(transition(oneStage, initialState(oneStage), E.formalNo)).toEqual(S.finalFormal);
		expect(transition(oneStage, S.finalFormal, E.appeal)).toEqual({ refused: 'budgets_stage_not_appealable' });
	});
	it('an upheld formal appeal may go to the ballot where the city says so', () => {
		const direct: AssessmentPath = { ...KRAKOW_PATH, afterUpheldAppeal: { formal: 'ballot', merit: 'ballot' } };
		expect(transition(direct, S.appealedFormal, E.uphold)).toEqual(S.ballot);
	});
	it('refuses a path that sends an upheld appeal back, repeats a stage or appeals a stage it lacks', () => {
		expect(assessmentPathSchema.safeParse(KRAKOW_PATH).success).toBe(true);
		expect(assessmentPathSchema.safeParse({ ...KRAKOW_PATH, afterUpheldAppeal: { formal: 'merit', merit: 'formal' } }).success).toBe(false);
		expect(assessmentPathSchema.safeParse({ ...KRAKOW_PATH, stages: ['formal', 'formal'] }).success).toBe(false);
		expect(assessmentPathSchema.safeParse({ stages: ['formal'], appealAgainst: ['merit'], afterUpheldAppeal: { merit: 'ballot' } }).success).toBe(false);
	});
});

describe('the state of a stored project, replayed from its decisions', () => {
	const d = (id: string, stage: 'formal' | 'merit', positive: boolean, day: number) => ({ id, stage, positive, decidedAt: new Date(Date.UTC(2027, 3, day)) });
	it('formal rejection, appeal upheld → awaits the merit assessment', () => {
		expect(stateOf(KRAKOW_PATH, 'submitted', { verifications: [d('v1', 'formal', false, 1)], appeals: [{ verificationId: 'v1', accepted: true }] })).toEqual(S.awaitingMerit);
	});
	it('an appeal pending, dismissed; a correction by the author re-opens the stage', () => {
		expect(stateOf(KRAKOW_PATH, 'rejected', { verifications: [d('v1', 'formal', false, 1)], appeals: [{ verificationId: 'v1', accepted: null }] })).toEqual(S.appealedFormal);
		expect(stateOf(KRAKOW_PATH, 'rejected', { verifications: [d('v1', 'formal', false, 1)], appeals: [{ verificationId: 'v1', accepted: false }] })).toEqual(S.finalFormal);
		expect(stateOf(KRAKOW_PATH, 'submitted', { verifications: [d('v1', 'formal', false, 1)], appeals: [] })).toEqual(S.awaitingFormal);
		expect(stateOf(KRAKOW_PATH, 'submitted', { verifications: [d('v1', 'formal', false, 1), d('v2', 'formal', true, 3)], appeals: [] })).toEqual(S.awaitingMerit);
	});
	it('both stages passed → on the ballot', () => {
		expect(stateOf(KRAKOW_PATH, 'accepted', { verifications: [d('v2', 'merit', true, 3), d('v1', 'formal', true, 1)], appeals: [] })).toEqual(S.ballot);
	});
});
