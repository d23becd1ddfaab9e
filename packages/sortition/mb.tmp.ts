import { readFileSync } from "node:fs";
import { parseSortitionFoundation } from "./src/input/sortitionFoundation.ts";
import { compilePool, compressTypes } from "./src/pool.ts";
import { panelProgram } from "./src/panelModel.ts";
import { getHighs, createModel, runModel } from "./src/highs.ts";
import { seededRandom } from "./src/sha256.ts";
const D = "/work/shared/data/sortition/scotland_like_22/";
const cp = compilePool(parseSortitionFoundation({ featuresText: readFileSync(D + "features.csv", "utf8"), peopleText: readFileSync(D + "candidates.csv", "utf8"), k: 22 }));
const { types } = compressTypes(cp);
const h = await getHighs();
const rnd = seededRandom("x");
for (const opts of [{ presolve: "off" }, {}, { presolve: "off" }, { mip_heuristic_effort: 0.01 }, { presolve: "off", mip_detect_symmetry: false }, {mip_rel_gap: 1e-4}]) {
  const m = createModel(h, panelProgram(cp, types, types.map(() => 0)));
  m.options.set(opts as Record<string, string | number | boolean>);
  const t0 = Date.now();
  for (let i = 0; i < 20; i++) {
    m.changeColsCost({ kind: "range", from: 0, to: types.length - 1 }, types.map(() => (rnd() < 0.3 ? 0 : rnd())));
    runModel(m);
  }
  console.log(JSON.stringify(opts), (Date.now() - t0) / 20, "ms/MIP");
  m.dispose();
}
