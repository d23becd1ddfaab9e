// Development entry: `npx tsx bin/panel-dev.ts select --categories ... --k 20` (the lead wires the real bin).
import { runPanelCli } from "../src/cli.ts";

process.exitCode = await runPanelCli(process.argv.slice(2));
