/** The fields of the programme forms, read from a posted form. */
export const RULE_FIELDS = ['poolAmount', 'workHourRate', 'minMembers', 'minScorePercent', 'resolution', 'opensOn', 'closesOn'] as const;

export function readFields<K extends string>(form: FormData, fields: readonly K[]): Record<K, string> {
	return Object.fromEntries(fields.map((k) => [k, String(form.get(k) ?? '')])) as Record<K, string>;
}
