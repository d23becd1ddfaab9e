import type { ApiPart } from '../api/openapi';

const notFound = { description: 'Not found', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const idParam = [{ name: 'id', in: 'path', required: true, description: 'Panel (process) id or slug', schema: { type: 'string' } }];
const csv = (description: string) => ({ description, content: { 'text/csv': { schema: { type: 'string' } } } });
const ok = (description: string, schema: unknown) => ({ description, content: { 'application/json': { schema } } });

/** The panel module's part of /api/v1. No personal data: the pool is anonymised rows. */
export const panelsApi: ApiPart = {
	paths: {
		'/api/v1/panels': { get: { operationId: 'listPanels', summary: "Citizens' panels", tags: ['panels'], responses: { '200': ok('The panels', { type: 'array', items: { $ref: '#/components/schemas/PanelSummary' } }) } } },
		'/api/v1/panels.csv': { get: { operationId: 'listPanelsCsv', summary: "Citizens' panels as CSV (id, slug, title, question, size, reserves, stage, synthetic, threshold_pct)", tags: ['panels'], responses: { '200': csv('CSV of panels') } } },
		'/api/v1/panels/{id}': { get: { operationId: 'getPanel', summary: 'One panel: question, size, criteria, quotas, status', tags: ['panels'], parameters: idParam, responses: { '200': ok('The panel', { $ref: '#/components/schemas/Panel' }), '404': notFound } } },
		'/api/v1/panels/{id}/draw': { get: { operationId: 'getPanelDraw', summary: 'The public draw: seed commitment, revealed seed, m panels as anonymised row indices, chosen index, per-row probability', tags: ['panels'], parameters: idParam, responses: { '200': ok('The draw', { $ref: '#/components/schemas/PanelDraw' }), '404': notFound } } },
		'/api/v1/panels/{id}/recommendations': { get: { operationId: 'getPanelRecommendations', summary: 'Voted recommendations: text, votes, passed, binding, the city’s response and status', tags: ['panels'], parameters: idParam, responses: { '200': ok('The recommendations', { type: 'array', items: { $ref: '#/components/schemas/PanelRecommendation' } }), '404': notFound } } },
		'/api/v1/panels/{id}/recommendations.csv': { get: { operationId: 'getPanelRecommendationsCsv', summary: 'Voted recommendations as CSV (one row each: text, votes, passed, binding, response, department, deadline, status, number of updates)', tags: ['panels'], parameters: idParam, responses: { '200': csv('CSV of recommendations'), '404': notFound } } }
	},
	schemas: {
		PanelSummary: {
			type: 'object',
			required: ['id', 'slug', 'title', 'question', 'size', 'stage'],
			properties: { id: { type: 'string' }, slug: { type: 'string' }, title: { type: 'string' }, question: { type: 'string' }, size: { type: 'integer' }, reserves: { type: 'integer' }, stage: { type: 'string', enum: ['setup', 'recruitment', 'selection', 'deliberation', 'voting', 'followup', 'finished'] }, synthetic: { type: 'boolean', description: 'Demo data: the pool is synthetic' }, thresholdPct: { type: 'integer' } }
		},
		Panel: {
			type: 'object',
			required: ['id', 'question', 'size', 'criteria', 'quotas', 'status'],
			properties: {
				id: { type: 'string' },
				slug: { type: 'string' },
				title: { type: 'string' },
				question: { type: 'string' },
				size: { type: 'integer' },
				reserves: { type: 'integer' },
				status: { type: 'string' },
				synthetic: { type: 'boolean' },
				thresholdPct: { type: 'integer' },
				criteria: { type: 'array', items: { type: 'string' } },
				quotas: { type: 'array', items: { type: 'object', properties: { feature: { type: 'string' }, value: { type: 'string' }, label: { type: 'string' }, share: { type: ['number', 'null'] }, shareSource: { type: 'string', enum: ['census', 'manual'] }, min: { type: 'integer' }, max: { type: 'integer' } } } },
				volunteers: { type: 'integer', description: 'Number of registered volunteers (counts only)' },
				monitoringDraw: {
					type: ['object', 'null'],
					description: 'The lottery of the standing monitoring panel, drawn again from the pool: each eligible row (ascending, position i) gets SHA-256(seed + ":" + i); the smallest keys are drawn',
					properties: { seed: { type: 'string' }, eligibleRows: { type: 'array', items: { type: 'integer' } }, drawnRows: { type: 'array', items: { type: 'integer' } }, drawnAt: { type: 'string', format: 'date-time' } }
				}
			}
		},
		PanelDraw: {
			type: 'object',
			required: ['status'],
			properties: {
				status: { type: 'string', enum: ['none', 'queued', 'running', 'ready', 'committed', 'drawn', 'failed'] },
				algorithm: { type: 'string' },
				seedCommitment: { type: ['string', 'null'], description: 'hex SHA-256 of the seed, published before the draw' },
				seed: { type: ['string', 'null'], description: 'revealed at the draw' },
				dice: { type: ['string', 'null'], description: 'dice digits (also in publicInput.numbers)' },
				publicInput: {
					type: ['object', 'null'],
					description: 'the public random input entered at the draw: dice thrown live (with witnesses) or numbers announced publicly after the commitment (source, time)',
					properties: { kind: { type: 'string', enum: ['dice', 'announced'] }, numbers: { type: 'array', items: { type: 'integer' } }, witnesses: { type: 'string' }, source: { type: 'string' }, announcedAt: { type: ['string', 'null'], format: 'date-time' } }
				},
				drawNumbers: { type: ['array', 'null'], items: { type: 'integer' }, description: 'the numbers verifyDraw mixes with the seed' },
				committedAt: { type: ['string', 'null'], format: 'date-time' },
				m: { type: ['integer', 'null'] },
				chosenIndex: { type: ['integer', 'null'] },
				features: { type: ['array', 'null'], items: { type: 'string' } },
				pool: { type: ['array', 'null'], description: 'anonymised pool: one row of feature values per volunteer', items: { type: 'array', items: { type: 'string' } } },
				panels: { type: ['array', 'null'], items: { type: 'array', items: { type: 'integer' } } },
				probabilities: { type: ['array', 'null'], items: { type: 'number' } },
				reserves: { type: ['array', 'null'], items: { type: 'integer' } },
				verification: { type: 'string' }
			}
		},
		PanelRecommendation: {
			type: 'object',
			properties: {
				number: { type: 'integer' },
				title: { type: 'string' },
				text: { type: 'string' },
				votes: { type: 'object', properties: { support: { type: 'integer' }, oppose: { type: 'integer' }, abstain: { type: 'integer' } } },
				passed: { type: 'boolean' },
				binding: { type: 'boolean' },
				withinCityPowers: { type: 'boolean' },
				response: { type: ['object', 'null'], properties: { text: { type: 'string' }, department: { type: 'string' }, deadline: { type: ['string', 'null'], format: 'date-time' }, status: { type: 'string', enum: ['accepted', 'in_progress', 'done', 'rejected'] } } },
				status: { type: ['string', 'null'] }
			}
		}
	}
};
