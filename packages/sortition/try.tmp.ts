import { readFileSync } from "node:fs";
import { parseReplication } from "./src/input/replication.ts";
import { parseSortitionFoundation } from "./src/input/sortitionFoundation.ts";
import { compilePool, compressTypes } from "./src/pool.ts";
import { leximinOverTypes } from "./src/leximin.ts";
const D = "/work/shared/data/sortition/";
const inst = process.argv[2];
const ks: Record<string, number> = { example_small_20: 20, example_large_200: 200, krakow_like_60: 60, scotland_like_22: 22 };
const pool = inst.startsWith("scot")
  ? parseSortitionFoundation({ featuresText: readFileSync(D + inst + "/features.csv", "utf8"), peopleText: readFileSync(D + inst + "/candidates.csv", "utf8"), k: ks[inst] })
  : parseReplication({ categoriesText: readFileSync(D + inst + "/categories.csv", "utf8"), respondentsText: readFileSync(D + inst + "/respondents.csv", "utf8"), k: ks[inst] });
const cp = compilePool(pool);
const { types } = compressTypes(cp);
const t0 = Date.now();
const r = await leximinOverTypes(cp, types, { timeLimitSeconds: Number(process.env.TL ?? 600), onProgress: (p) => process.env.V && console.error(JSON.stringify(p)) });
const probs = r.typeProbability;
console.log(inst, "types", types.length, "time", Date.now() - t0, "ms; min", Math.min(...probs), "maximin", r.maximin, "complete", r.complete, JSON.stringify(r.stats), "support", r.panels.length);
const sum = probs.reduce((a, p, t) => a + p * types[t].members.length, 0); console.log("sum", sum);
