/**
 * HiGHS (WebAssembly) access: loaded once per thread, models built from sparse arrays through the
 * persistent API — no LP text, so no names or numbers from user data are ever parsed as a model.
 */
import loadHighs, { type Highs, type Model } from "highs";

let loading: Promise<Highs> | undefined;

/** Load the solver once; later calls share the instance (each worker thread has its own). */
export function getHighs(): Promise<Highs> {
  loading ??= loadHighs();
  return loading;
}

export interface SparseRow {
  lower: number;
  upper: number;
  indices: number[];
  values: number[];
}

export interface LinearProgram {
  sense: "min" | "max";
  cost: number[];
  lower: number[];
  upper: number[];
  /** Column indices that must take integer values. */
  integer?: number[];
  rows: SparseRow[];
}

/** Model statuses by their HiGHS names, so code never compares magic numbers. */
export type SolveStatus =
  | "Optimal"
  | "Infeasible"
  | "Unbounded"
  | "UnboundedOrInfeasible"
  | "TimeLimit"
  | "Empty"
  | "Error";

export function statusName(code: number): SolveStatus {
  switch (code) {
    case 7:
      return "Optimal";
    case 8:
      return "Infeasible";
    case 9:
      return "UnboundedOrInfeasible";
    case 10:
      return "Unbounded";
    case 13:
      return "TimeLimit";
    case 6:
      return "Empty";
    default:
      return "Error";
  }
}

/** Create a persistent model. The caller must `dispose()` it (Wasm memory is not garbage collected). */
export function createModel(highs: Highs, lp: LinearProgram): Model {
  const numCols = lp.cost.length;
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of lp.rows) {
    for (let j = 0; j < row.indices.length; j++) {
      if (row.values[j] === 0) continue;
      indices.push(row.indices[j]);
      values.push(row.values[j]);
    }
    starts.push(indices.length);
  }
  const integrality = new Int32Array(numCols);
  for (const j of lp.integer ?? []) integrality[j] = 1;
  const model = highs.createModel({
    numCols,
    numRows: lp.rows.length,
    sense: lp.sense === "max" ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
    colCost: lp.cost,
    colLower: lp.lower,
    colUpper: lp.upper,
    rowLower: lp.rows.map((r) => r.lower),
    rowUpper: lp.rows.map((r) => r.upper),
    matrix: { format: "csr", numRows: lp.rows.length, numCols, starts, indices, values },
    ...(lp.integer && lp.integer.length > 0 ? { integrality } : {}),
  });
  model.options.set({ output_flag: false });
  return model;
}

export interface SolveResult {
  status: SolveStatus;
  objective: number;
  x: number[];
  rowDual: number[];
}

/** Run a model and read its result; a solver exception becomes status "Error", never a crash. */
export function runModel(
  model: Model,
  options: Record<string, number | string | boolean> = {},
  callbacks?: Parameters<Model["run"]>[0],
): SolveResult {
  try {
    if (Object.keys(options).length > 0) model.options.set(options);
    model.run(callbacks);
    const status = statusName(model.getModelStatus());
    if (status !== "Optimal" && status !== "TimeLimit") return { status, objective: NaN, x: [], rowDual: [] };
    const sol = model.getSolution();
    return { status, objective: model.getObjectiveValue(), x: Array.from(sol.colValue), rowDual: Array.from(sol.rowDual) };
  } catch {
    return { status: "Error", objective: NaN, x: [], rowDual: [] };
  }
}

/**
 * `runModel` for a persistent model that is re-solved after changes: when the warm-started solve
 * does not end optimal (HiGHS occasionally stalls from an old basis: status "unknown"), solve once
 * more from scratch before believing it.
 */
export function runModelWarm(
  model: Model,
  options: Record<string, number | string | boolean> = {},
  callbacks?: Parameters<Model["run"]>[0],
): SolveResult {
  const first = runModel(model, options, callbacks);
  if (first.status === "Optimal" || first.status === "TimeLimit") return first;
  try {
    model.clearSolver();
  } catch {
    return first;
  }
  return runModel(model, {}, callbacks);
}

/**
 * Run a MIP only for *some* feasible solution (it may stop early: time, node or solution limit):
 * returns the solution when HiGHS reports a feasible one, else null. Never throws.
 */
export function runForSolution(model: Model, options: Record<string, number | string | boolean> = {}): number[] | null {
  try {
    if (Object.keys(options).length > 0) model.options.set(options);
    model.run();
    // Whatever stopped it (optimal, time/node/solution limit), use the incumbent if there is one.
    if (Number(model.info.get("primal_solution_status")) !== 2) return null; // 2 = feasible
    return Array.from(model.getSolution().colValue);
  } catch {
    return null;
  }
}

/** Build, solve and dispose in one go. */
export async function solveOnce(lp: LinearProgram, options: Record<string, number | string | boolean> = {}): Promise<SolveResult> {
  const highs = await getHighs();
  let model: Model;
  try {
    model = createModel(highs, lp);
  } catch {
    return { status: "Empty", objective: NaN, x: [], rowDual: [] };
  }
  try {
    return runModel(model, options);
  } finally {
    model.dispose();
  }
}

/** Integer solutions come back as floats like 2.9999999; round them. */
export function roundInts(x: readonly number[]): number[] {
  return x.map((v) => Math.round(v));
}

export type { Highs, Model };
