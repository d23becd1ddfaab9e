import { randomUUID } from 'node:crypto';

export function newId(): string {
	return randomUUID();
}

/** URL slug from a title: ASCII, lower case, Polish letters folded. */
export function slugify(title: string): string {
	const folded = title
		.toLowerCase()
		.replace(/ł/g, 'l')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '');
	return folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'process';
}
