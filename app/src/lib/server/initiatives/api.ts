import type { ApiPart } from '../api/openapi';
import { APPLICATION_STATUSES, INITIATIVE_THEMES } from './schema';

const err = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const ok = (description: string, schema: unknown) => ({ description, content: { 'application/json': { schema } } });
const zl = (description: string) => ({ type: ['number', 'null'], description: `${description} (PLN)` });
const filters = [
	{ name: 'year', in: 'query', required: false, schema: { type: 'integer', minimum: 2000, maximum: 2100 }, description: "The programme's year" },
	{ name: 'programme', in: 'query', required: false, schema: { type: 'string' }, description: 'Programme slug or id' },
	{ name: 'district', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 18 } },
	{ name: 'theme', in: 'query', required: false, schema: { type: 'string', enum: [...INITIATIVE_THEMES] } },
	{ name: 'climate', in: 'query', required: false, schema: { type: 'boolean' }, description: 'Only climate themes' },
	{ name: 'status', in: 'query', required: false, schema: { type: 'string', enum: APPLICATION_STATUSES.filter((s) => s !== 'draft') } }
];

/** Local initiatives in the open-data API: the register, one application, the programmes. */
export const initiativesApi: ApiPart = {
	paths: {
		'/api/v1/initiatives': {
			get: {
				operationId: 'listInitiatives',
				summary: "Local initiatives (inicjatywa lokalna): the public register of residents' applications and their state",
				tags: ['initiatives'],
				parameters: filters,
				responses: { '200': ok('Applications, newest programme first', { type: 'array', items: { $ref: '#/components/schemas/InitiativeApplication' } }), '400': err('Invalid filter') }
			}
		},
		'/api/v1/initiatives.csv': {
			get: {
				operationId: 'listInitiativesCsv',
				summary: 'The register as CSV (UTF-8 with a byte-order mark; amounts in PLN)',
				tags: ['initiatives'],
				parameters: filters,
				responses: { '200': { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, '400': err('Invalid filter') }
			}
		},
		'/api/v1/initiatives/programmes': {
			get: {
				operationId: 'listInitiativeProgrammes',
				summary: "Each year's programme: the pool live (committed, paid out, left), the rate of an hour of social work and the criteria",
				tags: ['initiatives'],
				responses: { '200': ok('Programmes', { type: 'array', items: { $ref: '#/components/schemas/InitiativeProgramme' } }) }
			}
		},
		'/api/v1/initiatives/{id}': {
			get: {
				operationId: 'getInitiative',
				summary: 'One application: the assessment per criterion (once decided), the agreement (once signed), progress, payments and the final report',
				tags: ['initiatives'],
				parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
				responses: { '200': ok('The application', { $ref: '#/components/schemas/InitiativeApplicationDetail' }), '404': err('Not found') }
			}
		}
	},
	schemas: {
		InitiativeApplication: {
			type: 'object',
			required: ['id', 'number', 'year', 'title', 'theme', 'climate', 'status', 'groupSize', 'contribution', 'requestedAmount'],
			properties: {
				id: { type: 'string' },
				number: { type: 'string', description: 'IL/<year>/<n>' },
				programme: { type: 'string', description: 'Programme slug' },
				year: { type: 'integer' },
				title: { type: 'string' },
				description: { type: 'string' },
				theme: { type: 'string', enum: [...INITIATIVE_THEMES] },
				climate: { type: 'boolean' },
				districtId: { type: ['integer', 'null'] },
				lat: { type: ['number', 'null'] },
				lng: { type: ['number', 'null'] },
				startsOn: { type: ['string', 'null'], format: 'date' },
				endsOn: { type: ['string', 'null'], format: 'date' },
				status: { type: 'string', enum: APPLICATION_STATUSES.filter((s) => s !== 'draft') },
				groupSize: { type: 'integer', description: 'Named people in the applying group (names are not published)' },
				contribution: {
					type: 'object',
					properties: { workHours: { type: 'integer' }, workValue: zl('Hours × the rate'), goodsValue: zl('Goods'), money: zl('Money'), total: zl('Total') }
				},
				requestedAmount: zl('Asked of the city'),
				approvedAmount: zl('Approved by the city'),
				committedAmount: zl('Held of the pool now'),
				paidOut: zl('Paid by the city'),
				score: { type: ['object', 'null'], properties: { total: { type: 'integer' }, max: { type: 'integer' } }, description: 'Weighted score once decided' },
				submittedAt: { type: ['string', 'null'], format: 'date-time' },
				decidedAt: { type: ['string', 'null'], format: 'date-time' }
			}
		},
		InitiativeApplicationDetail: {
			allOf: [
				{ $ref: '#/components/schemas/InitiativeApplication' },
				{
					type: 'object',
					properties: {
						placeDescription: { type: 'string' },
						beneficiaries: { type: 'string' },
						cityTasks: { type: 'string' },
						decisionJustification: { type: ['string', 'null'] },
						assessment: { type: ['array', 'null'], items: { type: 'object', properties: { criterion: { type: 'string' }, maxScore: { type: 'integer' }, weight: { type: 'integer' }, score: { type: ['integer', 'null'] }, justification: { type: ['string', 'null'] } } } },
						agreement: { type: ['object', 'null'] },
						updates: { type: 'array', items: { type: 'object' } },
						payments: { type: 'array', items: { type: 'object', properties: { amount: { type: 'number' }, description: { type: 'string' }, paidOn: { type: 'string', format: 'date' } } } },
						report: { type: ['object', 'null'] }
					}
				}
			]
		},
		InitiativeProgramme: {
			type: 'object',
			required: ['id', 'slug', 'year', 'pool', 'criteria'],
			properties: {
				id: { type: 'string' },
				slug: { type: 'string' },
				title: { type: 'string' },
				year: { type: 'integer' },
				open: { type: 'boolean', description: 'Taking applications now (dates and money left)' },
				opensAt: { type: 'string', format: 'date-time' },
				closesAt: { type: 'string', format: 'date-time' },
				resolution: { type: 'string' },
				workHourRate: { type: 'number', description: 'Value of one hour of social work (PLN)' },
				minMembers: { type: 'integer' },
				minScorePercent: { type: 'integer' },
				scoreMax: { type: 'integer' },
				pool: { type: 'object', properties: { amount: { type: 'number' }, committed: { type: 'number' }, paidOut: { type: 'number' }, left: { type: 'number' } } },
				criteria: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, description: { type: 'string' }, maxScore: { type: 'integer' }, weight: { type: 'integer' } } } }
			}
		}
	}
};
