// Development entry point: `npx tsx bin/pb-dev.ts check ../../../shared/data/pabulib`.
import { runPbCli } from '../src/cli.ts';

process.exitCode = await runPbCli(process.argv.slice(2));
