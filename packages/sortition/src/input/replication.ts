/**
 * The Nature replication's format (pgoelz/citizensassemblies-replication): `categories.csv`
 * (category,feature,min,max) and `respondents.csv` (one column per category, one row per volunteer;
 * the volunteer's id is the 0-based row index). The files carry no panel size: k comes from the caller.
 */
import { InputError, parseCsvTable } from "./csv.ts";
import { featureColumns, readFeatureValues, readQuotaTable } from "./quotaTable.ts";
import type { Pool, Volunteer } from "../pool.ts";

export interface ReplicationInput {
  categoriesText: string;
  categoriesFile?: string;
  respondentsText: string;
  respondentsFile?: string;
  k?: number;
}

export function parseReplication(input: ReplicationInput): Pool {
  const categoriesFile = input.categoriesFile ?? "categories.csv";
  const respondentsFile = input.respondentsFile ?? "respondents.csv";
  // In this format "category" is the feature and "feature" is its value.
  const { features, quotas } = readQuotaTable(parseCsvTable(input.categoriesText, categoriesFile), {
    feature: ["category"],
    value: ["feature"],
  });
  const table = parseCsvTable(input.respondentsText, respondentsFile);
  const cols = featureColumns(table, features, categoriesFile);
  if (table.records.length === 0) throw new InputError(respondentsFile, undefined, undefined, "the pool is empty: no respondents");
  const people: Volunteer[] = table.records.map(({ line, fields }, row) => ({
    id: String(row),
    features: readFeatureValues(table, fields, line, features, cols, categoriesFile),
  }));
  return { features, quotas, people, k: input.k, source: { quotas: categoriesFile, people: respondentsFile } };
}
