import type { ApiPart } from '../api/openapi';

const json = (description: string, schema: unknown) => ({ description, content: { 'application/json': { schema } } });
const csv = (description: string) => ({ description, content: { 'text/csv': { schema: { type: 'string' } } } });
const notFound = json('Not found', { $ref: '#/components/schemas/Error' });
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'The consultation\'s slug or id' };

export const consultationsApi: ApiPart = {
	paths: {
		'/api/v1/consultations': { get: { operationId: 'listConsultations', summary: 'Public consultations with their scope, dates, forms, target groups and stage', tags: ['consultations'], responses: { '200': json('The consultations', { type: 'array', items: { $ref: '#/components/schemas/Consultation' } }) } } },
		'/api/v1/consultations.csv': { get: { operationId: 'listConsultationsCsv', summary: 'The consultations as CSV', tags: ['consultations'], responses: { '200': csv('CSV of consultations') } } },
		'/api/v1/consultations/{id}': { get: { operationId: 'getConsultation', summary: 'One consultation: scope, dates, forms, target groups, stage, answered submissions', tags: ['consultations'], parameters: [idParam], responses: { '200': json('The consultation', { $ref: '#/components/schemas/Consultation' }), '404': notFound } } },
		'/api/v1/consultations/{id}/report': { get: { operationId: 'getConsultationReport', summary: 'The published report: participation figures, themes with answers, survey aggregates, evaluation', tags: ['consultations'], parameters: [idParam], responses: { '200': json('The report', { $ref: '#/components/schemas/ConsultationReport' }), '404': notFound } } },
		'/api/v1/consultations/{id}/report.csv': { get: { operationId: 'getConsultationReportCsv', summary: 'Participation by district as CSV', tags: ['consultations'], parameters: [idParam], responses: { '200': csv('CSV: district, forms, total, population share'), '404': notFound } } },
		'/api/v1/consultations/{id}/submissions': { get: { operationId: 'getConsultationSubmissions', summary: 'Every submission, anonymised (no names), with its theme and answer', tags: ['consultations'], parameters: [idParam], responses: { '200': json('The submissions', { type: 'array', items: { $ref: '#/components/schemas/ConsultationSubmission' } }), '404': notFound } } },
		'/api/v1/consultations/{id}/submissions.csv': { get: { operationId: 'getConsultationSubmissionsCsv', summary: 'The anonymised submissions as CSV', tags: ['consultations'], parameters: [idParam], responses: { '200': csv('CSV of anonymised submissions'), '404': notFound } } }
	},
	schemas: {
		Consultation: {
			type: 'object',
			required: ['id', 'slug', 'title', 'status', 'stage', 'scope', 'dates', 'forms', 'targetGroups'],
			properties: {
				id: { type: 'string' },
				slug: { type: 'string' },
				title: { type: 'string' },
				description: { type: 'string' },
				status: { type: 'string', enum: ['published', 'closed'] },
				stage: { type: 'string', enum: ['upcoming', 'information', 'open', 'closed', 'reported'] },
				scope: { type: 'object', properties: { decided: { type: 'string' }, open: { type: 'string' }, whoDecides: { type: 'string' }, when: { type: 'string' } } },
				dates: { type: 'object', properties: { informationStartsAt: { type: ['string', 'null'], format: 'date-time' }, startsAt: { type: ['string', 'null'], format: 'date-time' }, endsAt: { type: ['string', 'null'], format: 'date-time' }, reportDueAt: { type: ['string', 'null'], format: 'date-time' }, durationOverrideReason: { type: ['string', 'null'] } } },
				forms: { type: 'array', items: { type: 'string', enum: ['survey', 'document', 'map', 'meetings', 'partners'] } },
				targetGroups: { type: 'object', properties: { districts: { type: 'array', items: { type: 'integer' } }, ageBands: { type: 'array', items: { type: 'string' } }, stakeholders: { type: 'array', items: { type: 'string' } } } },
				submissions: { type: 'object', properties: { total: { type: 'integer' }, answered: { type: 'integer' } } },
				reportPublishedAt: { type: ['string', 'null'], format: 'date-time' }
			}
		},
		ConsultationReport: { type: 'object', description: 'participation (total, byForm, byDistrict with population shares, byAgeBand), submissions, themes with answers, survey aggregates per question, pins, decision, evaluation', additionalProperties: true },
		ConsultationSubmission: {
			type: 'object',
			properties: { kind: { type: 'string', enum: ['comment', 'pin', 'session', 'survey'] }, id: { type: 'string' }, date: { type: 'string', format: 'date' }, districtId: { type: ['integer', 'null'] }, context: { type: 'string' }, topic: { type: 'string' }, text: { type: 'string' }, theme: { type: 'string' }, answer: { type: 'string' }, reason: { type: 'string' } }
		}
	}
};
