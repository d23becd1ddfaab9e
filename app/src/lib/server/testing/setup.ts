// Runs before every unit-test file (vitest.config.ts `setupFiles`): every ServiceError the tests
// make must carry keys that have a text in pl, en and uk (`err_<key>`) and the values those texts
// name, so a service can neither throw a sentence nor a key nobody translated. The source scan
// (src/lib/i18n.test.ts) covers the throws no test reaches.
import { afterAll, expect } from 'vitest';
import { ServiceError, type MessageParams } from '../core/errors';
import { catalogue, hasErrorText, inputsOf } from './messages';

const problems = new Set<string>();
const check = (e: ServiceError, key: string, params: MessageParams | undefined, what: string) => {
	if (!hasErrorText(key)) return void problems.add(`${JSON.stringify(key)} (${what} of a ${e.status}): no text err_${key} in pl, en and uk`);
	const missing = [...inputsOf(catalogue().byLang.pl.get(`err_${key}`)!)].filter((n) => !params || !(n in params));
	if (missing.length) problems.add(`${JSON.stringify(key)} (${what} of a ${e.status}): the text names {${missing.join(', ')}} but the error does not give ${missing.length > 1 ? 'them' : 'it'}`);
};
ServiceError.onCreate = (e) => {
	check(e, e.key, e.params, 'message');
	for (const [field, key] of Object.entries(e.fields)) check(e, key, e.fieldParams[field], `field ${field}`);
};

afterAll(() => {
	expect([...problems], 'service errors whose keys have no pl/en/uk text, or lack the values their text names').toEqual([]);
});
