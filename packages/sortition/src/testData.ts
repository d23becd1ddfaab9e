/** Test helpers: locate the shared reference data and load the bundled fixtures. Not exported by the package. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseReplication } from "./input/replication.ts";
import { parseSortitionFoundation } from "./input/sortitionFoundation.ts";
import type { Pool } from "./pool.ts";

const here = dirname(fileURLToPath(import.meta.url));
export const packageRoot = resolve(here, "..");
export const repoRoot = resolve(packageRoot, "..", "..");
/** `<repoRoot>/../shared/data/sortition` — CI clones the repo with shared/ beside it. */
export const sharedSortition = resolve(repoRoot, "..", "shared", "data", "sortition");
export const fixtures = join(packageRoot, "test", "fixtures");

export function sharedDataAvailable(): boolean {
  const ok = existsSync(sharedSortition);
  if (!ok) {
    if (process.env.CI) throw new Error(`shared reference data missing at ${sharedSortition} (required in CI)`);
    console.warn(`skipping: shared reference data not found at ${sharedSortition}`);
  }
  return ok;
}

export function loadReplication(dir: string, k: number): Pool {
  return parseReplication({
    categoriesText: readFileSync(join(dir, "categories.csv"), "utf8"),
    categoriesFile: join(dir, "categories.csv"),
    respondentsText: readFileSync(join(dir, "respondents.csv"), "utf8"),
    respondentsFile: join(dir, "respondents.csv"),
    k,
  });
}

export function loadScotland(dir: string, k = 22): Pool {
  return parseSortitionFoundation({
    featuresText: readFileSync(join(dir, "features.csv"), "utf8"),
    featuresFile: join(dir, "features.csv"),
    peopleText: readFileSync(join(dir, "candidates.csv"), "utf8"),
    peopleFile: join(dir, "candidates.csv"),
    k,
  });
}
