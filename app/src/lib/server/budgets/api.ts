import type { ApiPart } from '../api/openapi';

const err = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const csv = (description: string) => ({ description, content: { 'text/csv': { schema: { type: 'string' } } } });
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'Edition id or slug' };
const ok = (description: string, schema: unknown) => ({ description, content: { 'application/json': { schema } } });

export const budgetsApi: ApiPart = {
	paths: {
		'/api/v1/budgets': { get: { operationId: 'listBudgets', summary: 'Participatory-budget editions (live and imported from Pabulib)', tags: ['budgets'], responses: { '200': ok('Editions', { type: 'array', items: { $ref: '#/components/schemas/BudgetEdition' } }) } } },
		'/api/v1/budgets.csv': { get: { operationId: 'listBudgetsCsv', summary: 'Editions as CSV', tags: ['budgets'], responses: { '200': csv('CSV of editions') } } },
		'/api/v1/budgets/{id}': { get: { operationId: 'getBudget', summary: 'One edition with its pools (amount, cost limits, counting rule) and phases', tags: ['budgets'], parameters: [id], responses: { '200': ok('Edition', { $ref: '#/components/schemas/BudgetEdition' }), '404': err } } },
		'/api/v1/budgets/{id}/projects': { get: { operationId: 'listBudgetProjects', summary: 'Public projects of an edition (drafts excluded)', tags: ['budgets'], parameters: [id], responses: { '200': ok('Projects', { type: 'array', items: { $ref: '#/components/schemas/BudgetProject' } }), '404': err } } },
		'/api/v1/budgets/{id}/projects.csv': { get: { operationId: 'listBudgetProjectsCsv', summary: 'Projects as CSV', tags: ['budgets'], parameters: [id], responses: { '200': csv('CSV of projects'), '404': err } } },
		'/api/v1/budgets/{id}/results': { get: { operationId: 'getBudgetResults', summary: 'Results per pool: rule, selected project ids, cost, metrics, and the comparison rules', tags: ['budgets'], parameters: [id], responses: { '200': ok('Results', { type: 'array', items: { $ref: '#/components/schemas/BudgetPoolResult' } }), '404': err } } },
		'/api/v1/budgets/{id}/results.csv': { get: { operationId: 'getBudgetResultsCsv', summary: 'Results as CSV (one row per pool, rule and project)', tags: ['budgets'], parameters: [id], responses: { '200': csv('CSV of results'), '404': err } } },
		'/api/v1/budgets/{id}/pools/{poolId}/export.pb': {
			get: {
				operationId: 'exportBudgetPool',
				summary: 'A pool as a Pabulib file with the anonymised ballots (after the count)',
				tags: ['budgets'],
				parameters: [id, { name: 'poolId', in: 'path', required: true, schema: { type: 'string' } }],
				responses: { '200': { description: 'Pabulib file', content: { 'text/plain': { schema: { type: 'string' } } } }, '404': err, '409': err }
			}
		}
	},
	schemas: {
		BudgetPool: {
			type: 'object',
			required: ['id', 'kind', 'name', 'amount', 'minCost', 'maxCost', 'rule'],
			properties: { id: { type: 'string' }, kind: { type: 'string', enum: ['citywide', 'district', 'green'] }, districtId: { type: ['integer', 'null'] }, name: { type: 'string' }, amount: { type: 'integer', description: 'PLN' }, minCost: { type: 'integer' }, maxCost: { type: 'integer' }, rule: { type: 'string', description: 'Counting rule of packages/pb (greedy, mes-add1, mes-add1-comparison)' } }
		},
		BudgetEdition: {
			type: 'object',
			required: ['id', 'slug', 'title', 'year', 'phase'],
			properties: {
				id: { type: 'string' },
				slug: { type: 'string' },
				title: { type: 'string' },
				year: { type: 'integer' },
				historical: { type: 'boolean' },
				phase: { type: 'string', enum: ['before', 'submission', 'support', 'verification', 'appeals', 'voting', 'results', 'implementation'] },
				ballotKind: { type: 'string', enum: ['krakow', 'approval', 'approval_budget', 'cumulative'] },
				greenMode: { type: 'string', enum: ['pool', 'share', 'none'] },
				rulesFrozen: { type: 'boolean' },
				pools: { type: 'array', items: { $ref: '#/components/schemas/BudgetPool' } }
			}
		},
		BudgetProject: {
			type: 'object',
			required: ['id', 'code', 'poolId', 'title', 'cost', 'status'],
			properties: { id: { type: 'string' }, code: { type: 'string' }, poolId: { type: 'string' }, title: { type: 'string' }, districtId: { type: ['integer', 'null'] }, lat: { type: ['number', 'null'] }, lng: { type: ['number', 'null'] }, cost: { type: 'integer' }, status: { type: 'string' }, climateCategory: { type: ['string', 'null'] }, climateEffect: { type: ['object', 'null'] }, implementation: { type: ['object', 'null'] } }
		},
		BudgetPoolResult: {
			type: 'object',
			required: ['poolId', 'rule', 'selected', 'cost'],
			properties: { poolId: { type: 'string' }, name: { type: 'string' }, amount: { type: 'integer' }, rule: { type: 'string' }, selected: { type: 'array', items: { type: 'string' }, description: 'Project codes' }, cost: { type: 'integer' }, voters: { type: 'integer' }, metrics: { type: 'object', additionalProperties: { type: 'number' } }, comparisons: { type: 'array', items: { type: 'object' } }, projects: { type: 'array', items: { $ref: '#/components/schemas/BudgetProjectResult' } } }
		},
		BudgetProjectResult: {
			type: 'object',
			required: ['id', 'code', 'cost', 'funded'],
			properties: {
				id: { type: 'string' },
				code: { type: 'string' },
				title: { type: 'string' },
				cost: { type: 'integer' },
				score: { type: 'number' },
				funded: { type: 'boolean' },
				explanation: {
					type: ['object', 'null'],
					description:
						'Why the project won or lost: a message key and the figures of the count (amounts in PLN; in the Method of Equal Shares `share` and `sharesLeft` are the voters\' equal shares — virtual budgets, not money in the pool, which is `spent`/`left`), with the sentence in pl, en and uk. Results counted before explanations were data have only the sentences.',
					properties: {
						score: { type: 'number' },
						funded: { type: 'boolean' },
						key: { type: 'string' },
						facts: { type: 'object', additionalProperties: { type: ['number', 'string'] } },
						pl: { type: 'string' },
						en: { type: 'string' },
						uk: { type: 'string' }
					}
				}
			}
		}
	}
};
