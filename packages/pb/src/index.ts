/**
 * @decydujemy/pb — participatory-budgeting engine. Pure TypeScript, no runtime dependencies,
 * runs in Node and in the browser (only `./cli` touches the file system).
 */
export { Rational } from './rational.ts';
export type { Election, Project, Voter, VoteType } from './model.ts';
export { formatMoney, displayMoney, projectCategories, VOTE_TYPES } from './model.ts';
export { parsePabulib, PbParseError, type ParseOptions } from './pabulib/parse.ts';
export { writePabulib } from './pabulib/write.ts';
export { validateBallot, ballotRulesOf, bordaPoints, parseMoney, type Ballot, type BallotRules, type BallotProblem, type BallotProblemCode } from './ballot.ts';
export { profileOf, type Profile, type TieBreak, type TieBreaking, type TieCriterion } from './profile.ts';
export {
  tally,
  officialRuleOf,
  withdrawnProjects,
  RULE_NAMES,
  UnknownRuleError,
  UnsupportedOfficialRuleError,
  MissingRuleParameterError,
  WITHDRAWN_SENTINEL_COST,
  type RuleName,
  type TallyOptions,
} from './rules/index.ts';
export type { Outcome, GreedyDetails, GreedyStep, MesDetails, MesRound, PhragmenDetails } from './rules/types.ts';
export { greedy, greedyOrder, type GreedyOptions } from './rules/greedy.ts';
export { mes, mesPlain, mesAdd1, type MesOptions, type MesRun } from './rules/mes.ts';
export { phragmen } from './rules/phragmen.ts';
export { explainProjects, explainVoter, type ProjectExplanation, type ProjectReason, type VoterExplanation, type VoterPayment } from './explain.ts';
export { computeMetrics, gini, type Metrics } from './metrics.ts';
export { tallyWithEarmark, tallyPools, subElection, type EarmarkSpec, type EarmarkResult, type PoolSpec, type PoolResult } from './earmark.ts';
export { checkElection, checkText, officialWinners, type CheckResult } from './check.ts';
