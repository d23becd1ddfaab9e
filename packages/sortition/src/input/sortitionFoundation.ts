/**
 * The Sortition Foundation's format: `features.csv` (feature,value,min,max[,min_flex,max_flex];
 * the older category,name,... header is accepted too) and a people CSV with an id column, one
 * column per feature and address columns for the one-person-per-household rule.
 */
import { InputError, parseCsvTable } from "./csv.ts";
import { featureColumns, readFeatureValues, readQuotaTable } from "./quotaTable.ts";
import type { Pool, Volunteer } from "../pool.ts";

export interface SortitionFoundationInput {
  featuresText: string;
  featuresFile?: string;
  peopleText: string;
  peopleFile?: string;
  /** Defaults to `id` when present, else the first column. */
  idColumn?: string;
  /** Defaults to `address` when present, else `primary_address1,primary_zip` when both present, else none. */
  addressColumns?: string[];
  k?: number;
}

export function defaultAddressColumns(header: string[]): string[] {
  if (header.includes("address")) return ["address"];
  if (header.includes("primary_address1") && header.includes("primary_zip")) return ["primary_address1", "primary_zip"];
  return [];
}

export function parseSortitionFoundation(input: SortitionFoundationInput): Pool {
  const featuresFile = input.featuresFile ?? "features.csv";
  const peopleFile = input.peopleFile ?? "people.csv";
  const { features, quotas } = readQuotaTable(parseCsvTable(input.featuresText, featuresFile), {
    feature: ["feature", "category"],
    value: ["value", "name"],
  });
  const table = parseCsvTable(input.peopleText, peopleFile);
  const idColumn = input.idColumn ?? (table.header.includes("id") ? "id" : table.header[0]);
  const idCol = table.header.indexOf(idColumn);
  if (idCol < 0) throw new InputError(peopleFile, table.headerLine, idColumn, `id column "${idColumn}" not found in the header`);
  const addressColumns = input.addressColumns ?? defaultAddressColumns(table.header);
  const addressCols = addressColumns.map((name) => {
    const idx = table.header.indexOf(name);
    if (idx < 0) throw new InputError(peopleFile, table.headerLine, name, `address column "${name}" not found in the header`);
    return idx;
  });
  const cols = featureColumns(table, features, featuresFile);
  if (table.records.length === 0) throw new InputError(peopleFile, undefined, undefined, "the pool is empty: no volunteers");
  const seen = new Map<string, number>();
  const people: Volunteer[] = table.records.map(({ line, fields }) => {
    const id = fields[idCol].trim();
    if (id === "") throw new InputError(peopleFile, line, idColumn, "empty id");
    if (seen.has(id)) throw new InputError(peopleFile, line, idColumn, `duplicate id "${id}" (first on line ${seen.get(id)})`);
    seen.set(id, line);
    const person: Volunteer = { id, features: readFeatureValues(table, fields, line, features, cols, featuresFile) };
    if (addressCols.length > 0) {
      const parts = addressCols.map((c) => fields[c].trim().toLowerCase());
      // An empty address says nothing about who lives together; never group on it.
      if (parts.some((p) => p !== "")) person.household = parts.join("\u0000");
    }
    return person;
  });
  return { features, quotas, people, k: input.k, source: { quotas: featuresFile, people: peopleFile } };
}
