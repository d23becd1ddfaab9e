import type { ApiPart } from './openapi';

const notFound = { description: 'Not found', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const csv = (description: string) => ({ description, content: { 'text/csv': { schema: { type: 'string' } } } });

export const coreApi: ApiPart = {
	paths: {
		'/api/v1/districts': {
			get: {
				operationId: 'listDistricts',
				summary: "Kraków's 18 districts with their registered population (2025-12-31)",
				tags: ['districts'],
				responses: { '200': { description: 'The districts', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/District' } } } } } }
			}
		},
		'/api/v1/districts.csv': { get: { operationId: 'listDistrictsCsv', summary: 'The districts as CSV', tags: ['districts'], responses: { '200': csv('CSV: id,number,name,population') } } },
		'/api/v1/processes': {
			get: {
				operationId: 'listProcesses',
				summary: 'Public participatory processes with their phases',
				tags: ['processes'],
				parameters: [
					{ name: 'mechanism', in: 'query', required: false, schema: { type: 'string', enum: ['budget', 'initiative', 'consultation', 'ngo', 'panel', 'event', 'ideas'] } },
					{ name: 'district', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 18 } }
				],
				responses: {
					'200': { description: 'The processes', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Process' } } } } },
					'400': { description: 'Invalid filter', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }
				}
			}
		},
		'/api/v1/processes.csv': { get: { operationId: 'listProcessesCsv', summary: 'The processes as CSV', tags: ['processes'], responses: { '200': csv('CSV of processes') } } },
		'/api/v1/processes/{slug}': {
			get: {
				operationId: 'getProcess',
				summary: 'One public process',
				tags: ['processes'],
				parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }],
				responses: { '200': { description: 'The process', content: { 'application/json': { schema: { $ref: '#/components/schemas/Process' } } } }, '404': notFound }
			}
		},
		'/api/v1/catalog': {
			get: {
				operationId: 'getCatalog',
				summary: 'The open-data catalogue (DCAT-AP 2.1.1, as harvested by dane.gov.pl): every dataset with its files, licence and update frequency',
				tags: ['open data'],
				responses: { '200': { description: 'The catalogue as JSON-LD', content: { 'application/ld+json': { schema: { type: 'object' } } } } }
			}
		},
		'/api/v1/catalog.ttl': { get: { operationId: 'getCatalogTurtle', summary: 'The same catalogue as Turtle', tags: ['open data'], responses: { '200': { description: 'The catalogue as Turtle', content: { 'text/turtle': { schema: { type: 'string' } } } } } } }
	},
	schemas: {
		District: {
			type: 'object',
			required: ['id', 'number', 'name', 'population'],
			properties: {
				id: { type: 'integer', minimum: 1, maximum: 18 },
				number: { type: 'string', description: 'Roman numeral I–XVIII' },
				name: { type: 'string' },
				population: { type: 'integer', description: 'Registered permanent residents on 2025-12-31' }
			}
		},
		Phase: {
			type: 'object',
			required: ['name', 'startsAt', 'endsAt'],
			properties: { name: { type: 'string' }, startsAt: { type: 'string', format: 'date-time' }, endsAt: { type: 'string', format: 'date-time' } }
		},
		Process: {
			type: 'object',
			required: ['id', 'slug', 'mechanism', 'title', 'description', 'districtId', 'topics', 'status', 'phases', 'open'],
			properties: {
				id: { type: 'string' },
				slug: { type: 'string' },
				mechanism: { type: 'string', enum: ['budget', 'initiative', 'consultation', 'ngo', 'panel', 'event', 'ideas'] },
				title: { type: 'string' },
				description: { type: 'string' },
				scope: {
					type: 'object',
					properties: { decided: { type: 'string' }, open: { type: 'string' }, whoDecides: { type: 'string' }, when: { type: 'string' } }
				},
				districtId: { type: ['integer', 'null'], description: 'null = citywide' },
				topics: { type: 'array', items: { type: 'string', enum: ['energy', 'transport', 'greenery_water', 'heat', 'air', 'waste', 'education'] } },
				status: { type: 'string', enum: ['published', 'closed'] },
				outcome: { type: ['string', 'null'] },
				currentPhase: { type: ['string', 'null'] },
				open: { type: 'boolean' },
				phases: { type: 'array', items: { $ref: '#/components/schemas/Phase' } }
			}
		}
	}
};
