/**
 * The selection problem as plain data (structured-clone friendly, so it can be posted to a worker),
 * its validated index form, and the compression of interchangeable volunteers into types.
 */
import { InputError } from "./input/csv.ts";

/** Quota on one value of one feature: between `min` and `max` panelists must have it. */
export interface Quota {
  feature: string;
  value: string;
  min: number;
  max: number;
  /** Sortition Foundation extension: the furthest the min may be relaxed to (never below). */
  minFlex?: number;
  /** Sortition Foundation extension: the furthest the max may be relaxed to (never above). */
  maxFlex?: number;
}

export interface Volunteer {
  /** Public identifier (the id column, or the 0-based row index in the replication format). */
  id: string;
  /** feature name → value. Every feature with quotas must be present. */
  features: Record<string, string>;
  /** Volunteers with the same non-empty household key may not sit on the same panel. */
  household?: string;
}

export interface Pool {
  /** Features in quota-file order, each with its values in order of first appearance. */
  features: { name: string; values: string[] }[];
  quotas: Quota[];
  people: Volunteer[];
  /** Panel size when the input format carries it. */
  k?: number;
  /** Where the data came from, for error messages ("features.csv", "respondents.csv"). */
  source?: { quotas?: string; people?: string };
}

/** Pool in index form: every volunteer is a vector of value indices, quotas are arrays. */
export interface CompiledPool {
  n: number;
  k: number;
  ids: string[];
  featureNames: string[];
  valueNames: string[][];
  /** quotaMin[f][v], quotaMax[f][v] */
  quotaMin: number[][];
  quotaMax: number[][];
  /** personValue[i][f] = index of person i's value for feature f */
  personValue: number[][];
  /** Groups of ≥2 volunteers sharing a household (indices into people). */
  households: number[][];
  /** householdOf[i] = index into `households`, or -1 when i shares with nobody. */
  householdOf: number[];
}

export class PoolError extends InputError {}

/** Validate a pool against a panel size and turn it into index form. */
export function compilePool(pool: Pool, k: number | undefined = pool.k): CompiledPool {
  const qFile = pool.source?.quotas ?? "quotas";
  const pFile = pool.source?.people ?? "people";
  if (pool.people.length === 0) throw new PoolError(pFile, undefined, undefined, "the pool is empty: no volunteers");
  if (pool.features.length === 0) throw new PoolError(qFile, undefined, undefined, "no quotas/features are defined");
  if (k === undefined) throw new PoolError(qFile, undefined, "k", "the panel size k is not given (use --k)");
  if (!Number.isInteger(k) || k < 1) throw new PoolError(qFile, undefined, "k", `panel size must be a positive whole number, got ${k}`);
  if (k > pool.people.length) {
    throw new PoolError(pFile, undefined, undefined, `panel size k=${k} exceeds the pool size ${pool.people.length}`);
  }
  const featureNames = pool.features.map((f) => f.name);
  const valueNames = pool.features.map((f) => [...f.values]);
  const quotaMin = valueNames.map((vs) => vs.map(() => 0));
  const quotaMax = valueNames.map((vs) => vs.map(() => k));
  const seenQuota = new Set<string>();
  for (const q of pool.quotas) {
    const f = featureNames.indexOf(q.feature);
    if (f < 0) throw new PoolError(qFile, undefined, q.feature, `quota for unknown feature "${q.feature}"`);
    const v = valueNames[f].indexOf(q.value);
    if (v < 0) throw new PoolError(qFile, undefined, q.feature, `quota for unknown value "${q.value}"`);
    const key = `${f}:${v}`;
    if (seenQuota.has(key)) throw new PoolError(qFile, undefined, q.feature, `duplicate quota for ${q.feature}=${q.value}`);
    seenQuota.add(key);
    if (q.min > q.max) throw new PoolError(qFile, undefined, q.feature, `min ${q.min} > max ${q.max} for ${q.feature}=${q.value}`);
    quotaMin[f][v] = q.min;
    quotaMax[f][v] = Math.min(q.max, k);
  }
  const ids: string[] = [];
  const seenId = new Map<string, number>();
  const personValue: number[][] = [];
  pool.people.forEach((person, i) => {
    if (seenId.has(person.id)) {
      throw new PoolError(pFile, undefined, "id", `duplicate volunteer id "${person.id}" (rows ${seenId.get(person.id)! + 1} and ${i + 1})`);
    }
    seenId.set(person.id, i);
    ids.push(person.id);
    personValue.push(
      featureNames.map((name, f) => {
        const value = person.features[name];
        if (value === undefined) throw new PoolError(pFile, undefined, name, `volunteer "${person.id}" has no value for feature "${name}"`);
        const v = valueNames[f].indexOf(value);
        if (v < 0) throw new PoolError(pFile, undefined, name, `volunteer "${person.id}" has unknown value "${value}" (not in the quotas)`);
        return v;
      }),
    );
  });
  const byKey = new Map<string, number[]>();
  pool.people.forEach((person, i) => {
    const h = person.household;
    if (h === undefined || h === "") return;
    const group = byKey.get(h);
    if (group) group.push(i);
    else byKey.set(h, [i]);
  });
  const households = [...byKey.values()].filter((g) => g.length >= 2);
  const householdOf = ids.map(() => -1);
  households.forEach((g, h) => g.forEach((i) => (householdOf[i] = h)));
  return { n: ids.length, k, ids, featureNames, valueNames, quotaMin, quotaMax, personValue, households, householdOf };
}

/** A class of volunteers that every quota and the household rule treat identically. */
export interface VolunteerType {
  members: number[];
  /** value index per feature */
  values: number[];
  /** household group index (members.length is then 1), or -1 */
  household: number;
}

/**
 * Group volunteers with the same feature values into types. Volunteers who share a household with
 * someone are kept as singleton types: swapping them with a look-alike changes which panels are
 * allowed, so they are not interchangeable. Everyone else in a type can be permuted without
 * changing the set of feasible panels, so the (unique) LEXIMIN distribution gives them equal
 * probability and the optimisation may work with counts per type — exact, not an approximation.
 */
export function compressTypes(cp: CompiledPool): { types: VolunteerType[]; typeOf: number[] } {
  const types: VolunteerType[] = [];
  const typeOf = new Array<number>(cp.n).fill(-1);
  const byKey = new Map<string, number>();
  for (let i = 0; i < cp.n; i++) {
    if (cp.householdOf[i] >= 0) {
      typeOf[i] = types.length;
      types.push({ members: [i], values: cp.personValue[i], household: cp.householdOf[i] });
      continue;
    }
    const key = cp.personValue[i].join(",");
    let t = byKey.get(key);
    if (t === undefined) {
      t = types.length;
      byKey.set(key, t);
      types.push({ members: [], values: cp.personValue[i], household: -1 });
    }
    types[t].members.push(i);
    typeOf[i] = t;
  }
  return { types, typeOf };
}

/** Does a panel (person indices) meet every quota, the size and the household rule? Returns the problems. */
export function checkPanel(cp: CompiledPool, panel: readonly number[]): string[] {
  // Fast path (every lottery panel is checked, 1000 of them): a valid panel has no problems to describe.
  if (panelValid(cp, panel)) return [];
  const problems: string[] = [];
  if (panel.length !== cp.k) problems.push(`size ${panel.length} ≠ k=${cp.k}`);
  if (new Set(panel).size !== panel.length) problems.push("a volunteer appears twice");
  const counts = cp.valueNames.map((vs) => vs.map(() => 0));
  const usedHouse = new Set<number>();
  for (const i of panel) {
    cp.personValue[i].forEach((v, f) => counts[f][v]++);
    const h = cp.householdOf[i];
    if (h >= 0) {
      if (usedHouse.has(h)) problems.push(`two volunteers from household of "${cp.ids[i]}"`);
      usedHouse.add(h);
    }
  }
  counts.forEach((vs, f) =>
    vs.forEach((c, v) => {
      if (c < cp.quotaMin[f][v] || c > cp.quotaMax[f][v]) {
        problems.push(`${cp.featureNames[f]}=${cp.valueNames[f][v]}: ${c} not in [${cp.quotaMin[f][v]}, ${cp.quotaMax[f][v]}]`);
      }
    }),
  );
  return problems;
}

/** True when checkPanel would find nothing: right size, no one twice, one per household, every quota. */
function panelValid(cp: CompiledPool, panel: readonly number[]): boolean {
  if (panel.length !== cp.k) return false;
  const F = cp.featureNames.length;
  const seen = new Set<number>();
  const usedHouse = new Set<number>();
  const counts = cp.valueNames.map((vs) => new Int32Array(vs.length));
  for (const i of panel) {
    if (seen.has(i)) return false;
    seen.add(i);
    const pv = cp.personValue[i];
    for (let f = 0; f < F; f++) counts[f][pv[f]]++;
    const h = cp.householdOf[i];
    if (h >= 0) {
      if (usedHouse.has(h)) return false;
      usedHouse.add(h);
    }
  }
  for (let f = 0; f < F; f++) {
    const c = counts[f];
    for (let v = 0; v < c.length; v++) if (c[v] < cp.quotaMin[f][v] || c[v] > cp.quotaMax[f][v]) return false;
  }
  return true;
}
