/**
 * The public draw's arithmetic for the browser's "verify" button: the engine's own pure functions
 * (packages/sortition/src/draw.ts: canonical JSON of the published lottery, its own synchronous
 * SHA-256), bundled into the page, never re-implemented here.
 *
 * The engine has no public entry point (src/index.ts) yet, so the module is imported by path;
 * switch to `@decydujemy/sortition` once it exports verifyDraw.
 */
export { verifyDraw, commitSeed, lotteryHash, checkLottery, type PublishedLottery } from '../../../../packages/sortition/src/draw';
