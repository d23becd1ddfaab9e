import type { ApiPart } from '../api/openapi';
import type { StatementData } from './statement';

export const OMBUDSMAN_URL = 'https://bip.brpo.gov.pl/';

/** The machine-readable copy of the statement: the same record as the page, with the fixed
 * parts of the template (law, standard, deadlines) as data. */
export function statementJson(s: StatementData, siteUrl: string) {
	return {
		law: 'Ustawa z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych (Dz. U. 2023 poz. 1440), art. 10',
		standard: 'WCAG 2.1 AA (EN 301 549)',
		entity: s.entity,
		url: siteUrl,
		statementUrl: `${siteUrl}/accessibility`,
		language: s.language,
		publishedOn: s.publishedOn,
		updatedOn: s.updatedOn,
		preparedOn: s.preparedOn,
		reviewedOn: s.reviewedOn,
		compliance: s.compliance,
		assessment: s.assessment,
		auditor: s.auditor || null,
		knownIssues: s.knownIssues,
		contact: { name: s.contactName, email: s.contactEmail, phone: s.contactPhone },
		procedure: { answerWithinDays: 7, extendedAtMostMonths: 2, ombudsman: OMBUDSMAN_URL },
		keyboardShortcuts: [] as string[],
		architecture: s.architecture || null,
		mobileApps: [] as string[]
	};
}

const str = { type: 'string' };
const day = { type: 'string', format: 'date' };
export const accessibilityApi: ApiPart = {
	paths: {
		'/api/v1/accessibility-statement': {
			get: {
				summary: 'The accessibility statement (deklaracja dostępności) as data',
				description: 'The same record as the page /accessibility, which the law (art. 10 of the Act of 4 April 2019) requires; dates are YYYY-MM-DD. Texts of the public body are in `language`.',
				responses: { '200': { description: 'The statement', content: { 'application/json': { schema: { $ref: '#/components/schemas/AccessibilityStatement' } } } } }
			}
		}
	},
	schemas: {
		AccessibilityStatement: {
			type: 'object',
			required: ['law', 'standard', 'entity', 'url', 'statementUrl', 'language', 'publishedOn', 'updatedOn', 'preparedOn', 'reviewedOn', 'compliance', 'assessment', 'knownIssues', 'contact', 'procedure'],
			properties: {
				law: str,
				standard: str,
				entity: str,
				url: str,
				statementUrl: str,
				language: { type: 'string', enum: ['pl', 'en', 'uk'] },
				publishedOn: day,
				updatedOn: day,
				preparedOn: day,
				reviewedOn: day,
				compliance: { type: 'string', enum: ['full', 'partial', 'none'] },
				assessment: { type: 'string', enum: ['self', 'external'] },
				auditor: { type: ['string', 'null'] },
				knownIssues: { type: 'array', items: { type: 'object', required: ['what', 'reason', 'alternative'], properties: { what: str, reason: str, alternative: str } } },
				contact: { type: 'object', required: ['name', 'email', 'phone'], properties: { name: str, email: str, phone: str } },
				procedure: { type: 'object', required: ['answerWithinDays', 'extendedAtMostMonths', 'ombudsman'], properties: { answerWithinDays: { type: 'integer' }, extendedAtMostMonths: { type: 'integer' }, ombudsman: str } },
				keyboardShortcuts: { type: 'array', items: str },
				architecture: { type: ['string', 'null'] },
				mobileApps: { type: 'array', items: str }
			}
		}
	}
};
