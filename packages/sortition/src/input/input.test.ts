import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { InputError, parseCsvRecords } from "./csv.ts";
import { parseSortitionFoundation } from "./sortitionFoundation.ts";
import { parseReplication } from "./replication.ts";
import { compilePool } from "../pool.ts";
import { fixtures, loadReplication, loadScotland } from "../testData.ts";

const features = "feature,value,min,max\ngender,f,1,2\ngender,m,1,2\n";

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("CSV reading", () => {
  it("handles quotes, embedded commas/newlines, CRLF and a BOM, and keeps line numbers", () => {
    const recs = parseCsvRecords('\ufeffa,b\r\n"x, y","multi\nline"\r\n\r\nz,"q""uote"\n');
    expect(recs.map((r) => r.fields)).toEqual([["a", "b"], ["x, y", "multi\nline"], ["z", 'q"uote']]);
    expect(recs.map((r) => r.line)).toEqual([1, 2, 5]);
  });
});

describe("Sortition Foundation format", () => {
  it("reads the scotland fixture with min_flex/max_flex and primary_address1,primary_zip households", () => {
    const pool = loadScotland(join(fixtures, "scotland_like_22"));
    expect(pool.people).toHaveLength(150);
    expect(pool.people[0].id).toBe("p0"); // no "id" column: the first column is the id
    expect(pool.quotas.find((q) => q.feature === "Gender" && q.value === "Female")).toMatchObject({ min: 11, max: 12, minFlex: 0, maxFlex: 12 });
    expect(pool.people[0].household).toBeDefined();
    expect(pool.features.map((f) => f.name)).toEqual(["Gender", "age_bracket", "edu_level", "geo_bucket"]);
  });

  it("uses the id column when present and the address column for households", () => {
    const pool = parseSortitionFoundation({
      featuresText: features,
      peopleText: "name,id,gender,address\nA,a1,f,Main 1\nB,b2,m,main 1\nC,c3,m,\n",
      k: 2,
    });
    expect(pool.people.map((p) => p.id)).toEqual(["a1", "b2", "c3"]);
    expect(pool.people[0].household).toBe(pool.people[1].household); // case-insensitive address match
    expect(pool.people[2].household).toBeUndefined(); // an empty address groups nobody
    const cp = compilePool(pool);
    expect(cp.households).toEqual([[0, 1]]);
  });

  it("names file, line and field for an unknown feature value", () => {
    const e = errorOf(() => parseSortitionFoundation({ featuresText: features, featuresFile: "f.csv", peopleText: "id,gender\n1,f\n2,x\n", peopleFile: "p.csv" }));
    expect(e.file).toBe("p.csv");
    expect(e.line).toBe(3);
    expect(e.field).toBe("gender");
    expect(e.message).toMatch(/p\.csv, line 3, field "gender": unknown value "x"/);
  });

  it("rejects min > max, duplicate ids, missing columns and an empty pool with their location", () => {
    expect(errorOf(() => parseSortitionFoundation({ featuresText: "feature,value,min,max\ng,f,3,2\n", featuresFile: "f.csv", peopleText: "id,g\n1,f\n" })).message).toMatch(/f\.csv, line 2, field "min": min 3 is greater than max 2/);
    expect(errorOf(() => parseSortitionFoundation({ featuresText: features, peopleText: "id,gender\n1,f\n1,m\n", peopleFile: "p.csv" })).message).toMatch(/p\.csv, line 3, field "id": duplicate id "1"/);
    expect(errorOf(() => parseSortitionFoundation({ featuresText: features, peopleText: "id,sex\n1,f\n", peopleFile: "p.csv" })).message).toMatch(/no column for feature "gender"/);
    expect(errorOf(() => parseSortitionFoundation({ featuresText: features, peopleText: "id,gender\n", peopleFile: "p.csv" })).message).toMatch(/pool is empty/);
    expect(errorOf(() => parseSortitionFoundation({ featuresText: "feature,value,min,max\ng,f,one,2\n", featuresFile: "f.csv", peopleText: "id,g\n1,f\n" })).message).toMatch(/line 2, field "min": expected a non-negative whole number/);
    expect(errorOf(() => parseSortitionFoundation({ featuresText: features, peopleText: "id,gender\n1,f,extra\n", peopleFile: "p.csv" })).message).toMatch(/p\.csv, line 2: expected 2 fields/);
  });
});

describe("Nature replication format", () => {
  it("reads example_small_20 with 0-based row ids", () => {
    const pool = loadReplication(join(fixtures, "example_small_20"), 20);
    expect(pool.people).toHaveLength(200);
    expect(pool.people[0].id).toBe("0");
    expect(pool.people[199].id).toBe("199");
    expect(pool.quotas).toHaveLength(4);
  });
  it("reports the respondents' line of an unknown value", () => {
    const e = errorOf(() => parseReplication({ categoriesText: "category,feature,min,max\ng,f,0,1\n", respondentsText: "g\nf\nm\n", respondentsFile: "r.csv" }));
    expect(e.message).toMatch(/r\.csv, line 3, field "g": unknown value "m"/);
  });
  it("rejects a pool that cannot fill k seats", () => {
    const pool = parseReplication({ categoriesText: "category,feature,min,max\ng,f,0,1\n", respondentsText: "g\nf\n", k: 5 });
    expect(() => compilePool(pool)).toThrow(/panel size k=5 exceeds the pool size 1/);
  });
});
