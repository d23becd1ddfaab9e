/**
 * The public draw's arithmetic, shared by the server and the browser's "verify" button (pure,
 * WebCrypto only, no server code).
 *
 * STAND-IN: packages/sortition has no lottery/verifyDraw export yet. Until it does, this file
 * defines the rule, and it is published on the draw page so that anyone can recompute it:
 *   commitment = hex(SHA-256(UTF-8(seed)))
 *   index      = BigInt("0x" + hex(SHA-256(UTF-8(seed + ":" + dice + ":" + m)))) mod m
 * (dice = the digits 1–6 thrown at the draw, or empty). When the engine exports its own
 * `verifyDraw`, this module should re-export it instead (see the panel module's report).
 */
async function sha256Hex(text: string): Promise<string> {
	const bytes = new TextEncoder().encode(text);
	const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function seedCommitment(seed: string): Promise<string> {
	return sha256Hex(seed);
}

export async function pickPanelIndex(seed: string, dice: string, m: number): Promise<number> {
	if (!Number.isInteger(m) || m < 1) throw new Error('m must be a positive whole number');
	const h = await sha256Hex(`${seed}:${dice}:${m}`);
	return Number(BigInt(`0x${h}`) % BigInt(m));
}

/** Recomputes a published draw: does the seed match the commitment, and which panel comes out? */
export async function verifyDraw(d: { seed: string; dice?: string | null; m: number; seedCommitment: string; chosenIndex?: number | null }) {
	const commitmentOk = (await seedCommitment(d.seed)) === d.seedCommitment;
	const index = await pickPanelIndex(d.seed, d.dice ?? '', d.m);
	return { commitmentOk, index, matches: commitmentOk && (d.chosenIndex === undefined || d.chosenIndex === null || d.chosenIndex === index) };
}
