/**
 * @decydujemy/sortition — citizens' panel selection: quotas, feasibility, LEXIMIN-fair lotteries,
 * transparent public draws. Everything here takes and returns plain data, so the app can run
 * `selectPanel` in a worker thread (HiGHS blocks the thread it runs on).
 */
export { parseCsvRecords, parseCsvTable, InputError } from "./input/csv.ts";
export { parseSortitionFoundation, defaultAddressColumns, type SortitionFoundationInput } from "./input/sortitionFoundation.ts";
export { parseReplication, type ReplicationInput } from "./input/replication.ts";
export { compilePool, compressTypes, checkPanel, PoolError, type Pool, type Quota, type Volunteer, type CompiledPool, type VolunteerType } from "./pool.ts";
export { checkFeasibility, describeRelaxation, type FeasibilityReport, type QuotaChange } from "./feasibility.ts";
export { leximinOverTypes, type TypeDistribution, type LeximinOptions, type LeximinProgress } from "./leximin.ts";
export { legacyDraw, legacyDrawOnce, estimateLegacy, type LegacyEstimate } from "./legacy.ts";
export { roundToLottery, type RoundedLottery } from "./rounding.ts";
export { verifyDraw, drawnPanel, commitSeed, lotteryHash, canonicalJson, checkLottery, DrawError, type PublishedLottery } from "./draw.ts";
export { reserveList, replacementFor, canReplace } from "./reserves.ts";
export { probabilityStats, type ProbabilityStats } from "./report.ts";
export { selectPanel, InfeasibleQuotasError, publishablePool, type SelectOptions, type SelectionResult, type SelectProgress } from "./select.ts";
export { sha256Hex, seededRandom } from "./sha256.ts";
