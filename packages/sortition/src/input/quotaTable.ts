/** Shared reading of a quota table (features.csv or categories.csv) into features and quotas. */
import { InputError, parseCount, type CsvTable } from "./csv.ts";
import type { Pool, Quota } from "../pool.ts";

export interface QuotaColumns {
  feature: string[];
  value: string[];
}

function findColumn(header: string[], names: string[]): number {
  const lower = header.map((h) => h.toLowerCase());
  for (const name of names) {
    const idx = lower.indexOf(name);
    if (idx >= 0) return idx;
  }
  return -1;
}

export function readQuotaTable(table: CsvTable, columns: QuotaColumns): Pick<Pool, "features" | "quotas"> {
  const { file, header } = table;
  const fCol = findColumn(header, columns.feature);
  const vCol = findColumn(header, columns.value);
  const minCol = findColumn(header, ["min"]);
  const maxCol = findColumn(header, ["max"]);
  const missing = [
    [fCol, columns.feature[0]],
    [vCol, columns.value[0]],
    [minCol, "min"],
    [maxCol, "max"],
  ].filter(([idx]) => idx === -1);
  if (missing.length > 0) {
    throw new InputError(file, table.headerLine, String(missing[0][1]), `missing column(s) ${missing.map((m) => `"${m[1]}"`).join(", ")} in the header`);
  }
  const minFlexCol = findColumn(header, ["min_flex"]);
  const maxFlexCol = findColumn(header, ["max_flex"]);
  const features: Pool["features"] = [];
  const quotas: Quota[] = [];
  const seen = new Map<string, number>();
  if (table.records.length === 0) throw new InputError(file, undefined, undefined, "no quota rows");
  for (const { line, fields } of table.records) {
    const feature = fields[fCol].trim();
    const value = fields[vCol].trim();
    if (feature === "") throw new InputError(file, line, header[fCol], "empty feature name");
    if (value === "") throw new InputError(file, line, header[vCol], "empty value name");
    const key = `${feature}\u0000${value}`;
    if (seen.has(key)) throw new InputError(file, line, header[vCol], `duplicate quota for ${feature}=${value} (also on line ${seen.get(key)})`);
    seen.set(key, line);
    const min = parseCount(fields[minCol], file, line, "min");
    const max = parseCount(fields[maxCol], file, line, "max");
    if (min > max) throw new InputError(file, line, "min", `min ${min} is greater than max ${max} for ${feature}=${value}`);
    const quota: Quota = { feature, value, min, max };
    if (minFlexCol >= 0 && fields[minFlexCol].trim() !== "") {
      quota.minFlex = parseCount(fields[minFlexCol], file, line, "min_flex");
      if (quota.minFlex > min) throw new InputError(file, line, "min_flex", `min_flex ${quota.minFlex} is greater than min ${min}`);
    }
    if (maxFlexCol >= 0 && fields[maxFlexCol].trim() !== "") {
      quota.maxFlex = parseCount(fields[maxFlexCol], file, line, "max_flex");
      if (quota.maxFlex < max) throw new InputError(file, line, "max_flex", `max_flex ${quota.maxFlex} is less than max ${max}`);
    }
    quotas.push(quota);
    let f = features.find((x) => x.name === feature);
    if (!f) features.push((f = { name: feature, values: [] }));
    f.values.push(value);
  }
  return { features, quotas };
}

/** Map each feature to its column in the people table (exact name first, then case-insensitive). */
export function featureColumns(table: CsvTable, features: Pool["features"], quotaFile: string): number[] {
  return features.map((f) => {
    let idx = table.header.indexOf(f.name);
    if (idx < 0) idx = table.header.findIndex((h) => h.toLowerCase() === f.name.toLowerCase());
    if (idx < 0) {
      throw new InputError(table.file, table.headerLine, f.name, `no column for feature "${f.name}" (defined in ${quotaFile})`);
    }
    return idx;
  });
}

/** Read a volunteer's value for each feature, rejecting values the quota file does not know. */
export function readFeatureValues(
  table: CsvTable,
  fields: string[],
  line: number,
  features: Pool["features"],
  cols: number[],
  quotaFile: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  features.forEach((f, j) => {
    const raw = fields[cols[j]].trim();
    if (!f.values.includes(raw)) {
      throw new InputError(table.file, line, table.header[cols[j]], `unknown value "${raw}" for feature "${f.name}" (${quotaFile} lists: ${f.values.join(", ")})`);
    }
    out[f.name] = raw;
  });
  return out;
}
