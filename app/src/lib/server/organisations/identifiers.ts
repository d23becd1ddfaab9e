/** Polish registry numbers of organisations. */

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7] as const;

/** The digits of a number as people type it ("677-080-23-07", "PL 6770802307" → "6770802307"). */
export function digitsOf(input: string): string {
	return input.replace(/^\s*PL/i, '').replace(/[\s-]/g, '');
}

/** NIP (tax identification number): 10 digits; the last is the weighted sum of the first nine
 * (weights 6 5 7 2 3 4 5 6 7) modulo 11, and a remainder of 10 is never issued. */
export function nipCheckDigit(firstNine: string): number | null {
	if (!/^[0-9]{9}$/.test(firstNine)) return null;
	let sum = 0;
	for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * NIP_WEIGHTS[i];
	const r = sum % 11;
	return r === 10 ? null : r;
}

export function isValidNip(nip: string): boolean {
	if (!/^[0-9]{10}$/.test(nip)) return false;
	const check = nipCheckDigit(nip.slice(0, 9));
	return check !== null && check === Number(nip[9]) && nip !== '0000000000';
}

/** KRS number: exactly 10 digits, usually with leading zeros (no check digit). */
export function isValidKrs(krs: string): boolean {
	return /^[0-9]{10}$/.test(krs) && krs !== '0000000000';
}

/** "6770802307" → "677-080-23-07", the way NIPs are printed. */
export function formatNip(nip: string): string {
	return /^[0-9]{10}$/.test(nip) ? `${nip.slice(0, 3)}-${nip.slice(3, 6)}-${nip.slice(6, 8)}-${nip.slice(8)}` : nip;
}
