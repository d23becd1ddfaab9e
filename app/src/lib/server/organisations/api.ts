import type { ApiPart } from '../api/openapi';
import { ORGANISATION_AREAS, ORGANISATION_KINDS } from './schema';

const notFound = { description: 'Not found', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const csv = (description: string) => ({ description, content: { 'text/csv': { schema: { type: 'string' } } } });
const ok = (description: string, schema: unknown) => ({ description, content: { 'application/json': { schema } } });
export const organisationFilters = [
	{ name: 'area', in: 'query', required: false, description: 'Area of work', schema: { type: 'string', enum: [...ORGANISATION_AREAS] } },
	{ name: 'district', in: 'query', required: false, description: 'District number (1–18); citywide organisations are included', schema: { type: 'integer', minimum: 1, maximum: 18 } },
	{ name: 'kind', in: 'query', required: false, schema: { type: 'string', enum: [...ORGANISATION_KINDS] } },
	{ name: 'q', in: 'query', required: false, description: 'Part of the name, or a KRS or NIP number', schema: { type: 'string' } },
	{ name: 'verified', in: 'query', required: false, description: 'Only verified (true) or unverified (false) organisations', schema: { type: 'boolean' } }
];

/** The organisations' part of /api/v1: public profiles, never the people who act for them. */
export const organisationsApi: ApiPart = {
	paths: {
		'/api/v1/organisations': { get: { operationId: 'listOrganisations', summary: 'The register of organisations (NGOs, schools, housing communities, city centres) by name', tags: ['organisations'], parameters: organisationFilters, responses: { '200': ok('The organisations', { type: 'array', items: { $ref: '#/components/schemas/Organisation' } }) } } },
		'/api/v1/organisations.csv': { get: { operationId: 'listOrganisationsCsv', summary: 'The register as CSV (id, slug, name, kind, krs, nip, areas, districts, website, email, verified, source, created_at)', tags: ['organisations'], parameters: organisationFilters, responses: { '200': csv('CSV of organisations') } } },
		'/api/v1/organisations/{id}': { get: { operationId: 'getOrganisation', summary: 'One organisation’s public profile', tags: ['organisations'], parameters: [{ name: 'id', in: 'path', required: true, description: 'Organisation id or slug', schema: { type: 'string' } }], responses: { '200': ok('The organisation', { $ref: '#/components/schemas/Organisation' }), '404': notFound } } }
	},
	schemas: {
		Organisation: {
			type: 'object',
			required: ['id', 'slug', 'name', 'kind', 'areas', 'districts', 'verified'],
			properties: {
				id: { type: 'string' },
				slug: { type: 'string' },
				name: { type: 'string' },
				kind: { type: 'string', enum: [...ORGANISATION_KINDS] },
				krs: { type: ['string', 'null'], pattern: '^[0-9]{10}$', description: 'National Court Register number' },
				nip: { type: ['string', 'null'], pattern: '^[0-9]{10}$', description: 'Tax number (check digit validated)' },
				areas: { type: 'array', items: { type: 'string', enum: [...ORGANISATION_AREAS] } },
				districts: { type: 'array', items: { type: 'integer' }, description: 'Districts it works in; empty = citywide' },
				description: { type: 'string' },
				website: { type: 'string' },
				email: { type: 'string', description: 'The organisation’s public contact address' },
				address: { type: 'string' },
				verified: { type: 'boolean', description: 'An official checked name, KRS and NIP against the public registers' },
				verifiedAt: { type: ['string', 'null'], format: 'date-time' },
				source: { type: 'string', enum: ['registered', 'consultation_partner'] },
				createdAt: { type: 'string', format: 'date-time' },
				partnerships: { type: 'array', description: 'Consultations in which it was an authorised partner', items: { type: 'object', properties: { process: { type: 'string' }, title: { type: 'string' }, sessions: { type: 'integer' } } } }
			}
		}
	}
};
