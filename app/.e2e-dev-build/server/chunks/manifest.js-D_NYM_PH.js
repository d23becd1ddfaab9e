const manifest = (() => {
function __memo(fn) {
	let value;
	return () => value ??= (value = fn());
}

return {
	appDir: "_app",
	appPath: "_app",
	assets: new Set(["favicon.svg"]),
	mimeTypes: {".svg":"image/svg+xml"},
	_: {
		client: {start:"_app/immutable/entry/start.Bh-uwzkL.js",app:"_app/immutable/entry/app.CY_xwKM4.js",imports:["_app/immutable/entry/start.Bh-uwzkL.js","_app/immutable/chunks/BEr7XNvC.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/entry/app.CY_xwKM4.js","_app/immutable/chunks/fWPyEVvJ.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/DclECHGd.js"],stylesheets:[],fonts:[],uses_env_dynamic_public:false},
		nodes: [
			__memo(() => import('./nodes/0.js-DOh9Mu4j.js')),
			__memo(() => import('./nodes/1.js-B2-tt1Aw.js')),
			__memo(() => import('./nodes/2.js-CbnYFlMf.js')),
			__memo(() => import('./nodes/3.js-C_ztVMKc.js')),
			__memo(() => import('./nodes/4.js-BNEw_L0D.js')),
			__memo(() => import('./nodes/5.js-B2JHriw-.js')),
			__memo(() => import('./nodes/6.js-BBIXJ6Qb.js')),
			__memo(() => import('./nodes/7.js-Dw5opUya.js')),
			__memo(() => import('./nodes/8.js-BhbFd9nt.js')),
			__memo(() => import('./nodes/9.js-D3jZpQaj.js')),
			__memo(() => import('./nodes/10.js-F6MKPXCh.js')),
			__memo(() => import('./nodes/11.js-Bj4Qn72m.js')),
			__memo(() => import('./nodes/12.js-DxDNA5BX.js')),
			__memo(() => import('./nodes/13.js-PY5NbeSJ.js')),
			__memo(() => import('./nodes/14.js-DL3J-RAQ.js')),
			__memo(() => import('./nodes/15.js-CYUv3NN6.js')),
			__memo(() => import('./nodes/16.js-ByU2N827.js')),
			__memo(() => import('./nodes/17.js-BJ9QhknQ.js')),
			__memo(() => import('./nodes/18.js-BhErbSUJ.js')),
			__memo(() => import('./nodes/19.js-ER_0a4dC.js')),
			__memo(() => import('./nodes/20.js-DzrEhJl_.js')),
			__memo(() => import('./nodes/21.js-DqFZKugY.js')),
			__memo(() => import('./nodes/22.js-CqKGLSkv.js')),
			__memo(() => import('./nodes/23.js-QKjORZac.js')),
			__memo(() => import('./nodes/24.js-C-3Jo3W2.js')),
			__memo(() => import('./nodes/25.js-D__wSnEu.js')),
			__memo(() => import('./nodes/26.js-DuaApCDZ.js')),
			__memo(() => import('./nodes/27.js-C5nmWFeO.js')),
			__memo(() => import('./nodes/28.js-DcfMWXxR.js')),
			__memo(() => import('./nodes/29.js-DXN-bga8.js')),
			__memo(() => import('./nodes/30.js-Bj_NLDaV.js')),
			__memo(() => import('./nodes/31.js-CImX8Qvv.js')),
			__memo(() => import('./nodes/32.js-B0JkpFBJ.js')),
			__memo(() => import('./nodes/33.js-C_FoTx61.js')),
			__memo(() => import('./nodes/34.js-D02m92CP.js')),
			__memo(() => import('./nodes/35.js-vr56zHoi.js')),
			__memo(() => import('./nodes/36.js-DMKbXK8h.js')),
			__memo(() => import('./nodes/37.js-CtIAtY_O.js')),
			__memo(() => import('./nodes/38.js-DIUk2JLq.js')),
			__memo(() => import('./nodes/39.js-Kjo_tlpm.js')),
			__memo(() => import('./nodes/40.js-Bm-Ap6BJ.js')),
			__memo(() => import('./nodes/41.js-HjzBvBGL.js')),
			__memo(() => import('./nodes/42.js-ByAI7HDh.js')),
			__memo(() => import('./nodes/43.js-DDtww2jP.js')),
			__memo(() => import('./nodes/44.js-CE40-KU6.js')),
			__memo(() => import('./nodes/45.js-D5LfDYwW.js')),
			__memo(() => import('./nodes/46.js-1OQbr6D1.js')),
			__memo(() => import('./nodes/47.js-CV5ljR89.js')),
			__memo(() => import('./nodes/48.js-a8eIxFRj.js')),
			__memo(() => import('./nodes/49.js-CxwA5cK-.js')),
			__memo(() => import('./nodes/50.js-56JyG2Oc.js')),
			__memo(() => import('./nodes/51.js-DO30NL36.js')),
			__memo(() => import('./nodes/52.js-CZKV8tU5.js')),
			__memo(() => import('./nodes/53.js-DdkOSlDR.js')),
			__memo(() => import('./nodes/54.js-DNJRg6R_.js')),
			__memo(() => import('./nodes/55.js-CgVvsAPL.js')),
			__memo(() => import('./nodes/56.js-BODxSaEE.js')),
			__memo(() => import('./nodes/57.js-hTPJ2TC1.js')),
			__memo(() => import('./nodes/58.js-DaS8x8Rv.js')),
			__memo(() => import('./nodes/59.js-CFz3JZWF.js')),
			__memo(() => import('./nodes/60.js-BVVq5yZs.js')),
			__memo(() => import('./nodes/61.js-R-lrVQmF.js')),
			__memo(() => import('./nodes/62.js-lif07V-O.js')),
			__memo(() => import('./nodes/63.js-Xb7zBICr.js')),
			__memo(() => import('./nodes/64.js-3ynSWLLI.js')),
			__memo(() => import('./nodes/65.js-BVUBTRbW.js')),
			__memo(() => import('./nodes/66.js-CdjBHDD9.js')),
			__memo(() => import('./nodes/67.js-Bd-Xi3LR.js')),
			__memo(() => import('./nodes/68.js-BWs-KtQl.js')),
			__memo(() => import('./nodes/69.js-BayrWBJO.js')),
			__memo(() => import('./nodes/70.js-BMoarsh1.js')),
			__memo(() => import('./nodes/71.js-CDfhotPw.js')),
			__memo(() => import('./nodes/72.js-CFCsKNIt.js')),
			__memo(() => import('./nodes/73.js-DlTJ7N6N.js')),
			__memo(() => import('./nodes/74.js-BqpHOg00.js')),
			__memo(() => import('./nodes/75.js-D2qo9BJ3.js')),
			__memo(() => import('./nodes/76.js-DHpdJHou.js')),
			__memo(() => import('./nodes/77.js-DB_XanrT.js')),
			__memo(() => import('./nodes/78.js-D14iyj8k.js')),
			__memo(() => import('./nodes/79.js-DLu4UdCv.js')),
			__memo(() => import('./nodes/80.js-C6XBDP-A.js')),
			__memo(() => import('./nodes/81.js-GQirtGrN.js')),
			__memo(() => import('./nodes/82.js-C3m6k7yC.js')),
			__memo(() => import('./nodes/83.js-Dr_DzMYh.js'))
		],
		remotes: {
			
		},
		routes: [
			{
				id: "/",
				pattern: /^\/$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 6 },
				endpoint: null
			},
			{
				id: "/accessibility",
				pattern: /^\/accessibility\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 7 },
				endpoint: null
			},
			{
				id: "/account",
				pattern: /^\/account\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 8 },
				endpoint: null
			},
			{
				id: "/account/delete",
				pattern: /^\/account\/delete\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 9 },
				endpoint: null
			},
			{
				id: "/account/export.json",
				pattern: /^\/account\/export\.json\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/account/export.json/_server.ts.js-n33PM0wi.js'))
			},
			{
				id: "/admin",
				pattern: /^\/admin\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 10 },
				endpoint: null
			},
			{
				id: "/admin/audit",
				pattern: /^\/admin\/audit\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 11 },
				endpoint: null
			},
			{
				id: "/admin/outbox",
				pattern: /^\/admin\/outbox\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 12 },
				endpoint: null
			},
			{
				id: "/api",
				pattern: /^\/api\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 13 },
				endpoint: null
			},
			{
				id: "/api/v1/budgets.csv",
				pattern: /^\/api\/v1\/budgets\.csv\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/budgets.csv/_server.ts.js-C2GGlEiH.js'))
			},
			{
				id: "/api/v1/budgets",
				pattern: /^\/api\/v1\/budgets\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/budgets/_server.ts.js-CBO9laq9.js'))
			},
			{
				id: "/api/v1/budgets/[id]",
				pattern: /^\/api\/v1\/budgets\/([^/]+?)\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/budgets/_id_/_server.ts.js-CXDtej7_.js'))
			},
			{
				id: "/api/v1/budgets/[id]/pools/[poolId]/export.pb",
				pattern: /^\/api\/v1\/budgets\/([^/]+?)\/pools\/([^/]+?)\/export\.pb\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false},{"name":"poolId","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/budgets/_id_/pools/_poolId_/export.pb/_server.ts.js-BhUN6qVr.js'))
			},
			{
				id: "/api/v1/budgets/[id]/projects.csv",
				pattern: /^\/api\/v1\/budgets\/([^/]+?)\/projects\.csv\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/budgets/_id_/projects.csv/_server.ts.js-DIcdEEBy.js'))
			},
			{
				id: "/api/v1/budgets/[id]/projects",
				pattern: /^\/api\/v1\/budgets\/([^/]+?)\/projects\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/budgets/_id_/projects/_server.ts.js-rdhANvpq.js'))
			},
			{
				id: "/api/v1/budgets/[id]/results.csv",
				pattern: /^\/api\/v1\/budgets\/([^/]+?)\/results\.csv\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/budgets/_id_/results.csv/_server.ts.js-DV-ogIfa.js'))
			},
			{
				id: "/api/v1/budgets/[id]/results",
				pattern: /^\/api\/v1\/budgets\/([^/]+?)\/results\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/budgets/_id_/results/_server.ts.js-Bldsm7kt.js'))
			},
			{
				id: "/api/v1/consultations.csv",
				pattern: /^\/api\/v1\/consultations\.csv\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/consultations.csv/_server.ts.js-DODvDHW8.js'))
			},
			{
				id: "/api/v1/consultations",
				pattern: /^\/api\/v1\/consultations\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/consultations/_server.ts.js-Bp-aR0TG.js'))
			},
			{
				id: "/api/v1/consultations/[id]",
				pattern: /^\/api\/v1\/consultations\/([^/]+?)\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/consultations/_id_/_server.ts.js-BB56QUqD.js'))
			},
			{
				id: "/api/v1/consultations/[id]/report.csv",
				pattern: /^\/api\/v1\/consultations\/([^/]+?)\/report\.csv\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/consultations/_id_/report.csv/_server.ts.js-B4-p4oUi.js'))
			},
			{
				id: "/api/v1/consultations/[id]/report",
				pattern: /^\/api\/v1\/consultations\/([^/]+?)\/report\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/consultations/_id_/report/_server.ts.js-DXHIZyvP.js'))
			},
			{
				id: "/api/v1/consultations/[id]/submissions.csv",
				pattern: /^\/api\/v1\/consultations\/([^/]+?)\/submissions\.csv\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/consultations/_id_/submissions.csv/_server.ts.js-BBCXGTmO.js'))
			},
			{
				id: "/api/v1/consultations/[id]/submissions",
				pattern: /^\/api\/v1\/consultations\/([^/]+?)\/submissions\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/consultations/_id_/submissions/_server.ts.js-pgOjzNyh.js'))
			},
			{
				id: "/api/v1/districts.csv",
				pattern: /^\/api\/v1\/districts\.csv\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/districts.csv/_server.ts.js-Y1d-vT5N.js'))
			},
			{
				id: "/api/v1/districts",
				pattern: /^\/api\/v1\/districts\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/districts/_server.ts.js-Dw5MqTBU.js'))
			},
			{
				id: "/api/v1/ideas.csv",
				pattern: /^\/api\/v1\/ideas\.csv\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/ideas.csv/_server.ts.js-0XqosTdM.js'))
			},
			{
				id: "/api/v1/ideas",
				pattern: /^\/api\/v1\/ideas\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/ideas/_server.ts.js-UtdHQsfk.js'))
			},
			{
				id: "/api/v1/meetings.csv",
				pattern: /^\/api\/v1\/meetings\.csv\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/meetings.csv/_server.ts.js-C8wYanDr.js'))
			},
			{
				id: "/api/v1/meetings.ics",
				pattern: /^\/api\/v1\/meetings\.ics\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/meetings.ics/_server.ts.js-amb3K-3f.js'))
			},
			{
				id: "/api/v1/meetings",
				pattern: /^\/api\/v1\/meetings\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/meetings/_server.ts.js-C2WUPscN.js'))
			},
			{
				id: "/api/v1/openapi.json",
				pattern: /^\/api\/v1\/openapi\.json\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/openapi.json/_server.ts.js-CBmG_fCE.js'))
			},
			{
				id: "/api/v1/panels",
				pattern: /^\/api\/v1\/panels\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/panels/_server.ts.js-Dg47Bc5V.js'))
			},
			{
				id: "/api/v1/panels/[id]",
				pattern: /^\/api\/v1\/panels\/([^/]+?)\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/panels/_id_/_server.ts.js-B_2_KDy-.js'))
			},
			{
				id: "/api/v1/panels/[id]/draw",
				pattern: /^\/api\/v1\/panels\/([^/]+?)\/draw\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/panels/_id_/draw/_server.ts.js-Be8iHSJ7.js'))
			},
			{
				id: "/api/v1/panels/[id]/recommendations",
				pattern: /^\/api\/v1\/panels\/([^/]+?)\/recommendations\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/panels/_id_/recommendations/_server.ts.js-lfAAeW9T.js'))
			},
			{
				id: "/api/v1/processes.csv",
				pattern: /^\/api\/v1\/processes\.csv\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/processes.csv/_server.ts.js-ChVQdfb2.js'))
			},
			{
				id: "/api/v1/processes",
				pattern: /^\/api\/v1\/processes\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/processes/_server.ts.js-DbdUrew4.js'))
			},
			{
				id: "/api/v1/processes/[slug]",
				pattern: /^\/api\/v1\/processes\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/processes/_slug_/_server.ts.js-DUy1DDQf.js'))
			},
			{
				id: "/budgets",
				pattern: /^\/budgets\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 14 },
				endpoint: null
			},
			{
				id: "/budgets/map.svg",
				pattern: /^\/budgets\/map\.svg\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/budgets/map.svg/_server.ts.js-_2b30huK.js'))
			},
			{
				id: "/budgets/[slug]",
				pattern: /^\/budgets\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,], errors: [1,], leaf: 15 },
				endpoint: null
			},
			{
				id: "/budgets/[slug]/implementation",
				pattern: /^\/budgets\/([^/]+?)\/implementation\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,], errors: [1,], leaf: 16 },
				endpoint: null
			},
			{
				id: "/budgets/[slug]/my/[id]/[step]",
				pattern: /^\/budgets\/([^/]+?)\/my\/([^/]+?)\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false},{"name":"id","optional":false,"rest":false,"chained":false},{"name":"step","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,], errors: [1,], leaf: 17 },
				endpoint: null
			},
			{
				id: "/budgets/[slug]/photos/[photoId]",
				pattern: /^\/budgets\/([^/]+?)\/photos\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false},{"name":"photoId","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/budgets/_slug_/photos/_photoId_/_server.ts.js-DhrJtR1o.js'))
			},
			{
				id: "/budgets/[slug]/projects",
				pattern: /^\/budgets\/([^/]+?)\/projects\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,], errors: [1,], leaf: 18 },
				endpoint: null
			},
			{
				id: "/budgets/[slug]/projects/[id]",
				pattern: /^\/budgets\/([^/]+?)\/projects\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false},{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,], errors: [1,], leaf: 19 },
				endpoint: null
			},
			{
				id: "/budgets/[slug]/receipt",
				pattern: /^\/budgets\/([^/]+?)\/receipt\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,], errors: [1,], leaf: 20 },
				endpoint: null
			},
			{
				id: "/budgets/[slug]/results",
				pattern: /^\/budgets\/([^/]+?)\/results\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,], errors: [1,], leaf: 21 },
				endpoint: null
			},
			{
				id: "/budgets/[slug]/submit",
				pattern: /^\/budgets\/([^/]+?)\/submit\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,], errors: [1,], leaf: 22 },
				endpoint: null
			},
			{
				id: "/budgets/[slug]/vote",
				pattern: /^\/budgets\/([^/]+?)\/vote\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,], errors: [1,], leaf: 23 },
				endpoint: null
			},
			{
				id: "/budgets/[slug]/vote/ballot",
				pattern: /^\/budgets\/([^/]+?)\/vote\/ballot\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,], errors: [1,], leaf: 24 },
				endpoint: null
			},
			{
				id: "/budgets/[slug]/vote/check",
				pattern: /^\/budgets\/([^/]+?)\/vote\/check\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,], errors: [1,], leaf: 25 },
				endpoint: null
			},
			{
				id: "/budgets/[slug]/vote/done",
				pattern: /^\/budgets\/([^/]+?)\/vote\/done\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,], errors: [1,], leaf: 26 },
				endpoint: null
			},
			{
				id: "/consultations",
				pattern: /^\/consultations\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 27 },
				endpoint: null
			},
			{
				id: "/consultations/[slug]",
				pattern: /^\/consultations\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 28 },
				endpoint: null
			},
			{
				id: "/consultations/[slug]/answers",
				pattern: /^\/consultations\/([^/]+?)\/answers\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 29 },
				endpoint: null
			},
			{
				id: "/consultations/[slug]/document",
				pattern: /^\/consultations\/([^/]+?)\/document\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 30 },
				endpoint: null
			},
			{
				id: "/consultations/[slug]/evaluation",
				pattern: /^\/consultations\/([^/]+?)\/evaluation\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 31 },
				endpoint: null
			},
			{
				id: "/consultations/[slug]/map",
				pattern: /^\/consultations\/([^/]+?)\/map\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 32 },
				endpoint: null
			},
			{
				id: "/consultations/[slug]/partner",
				pattern: /^\/consultations\/([^/]+?)\/partner\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 33 },
				endpoint: null
			},
			{
				id: "/consultations/[slug]/report.pdf",
				pattern: /^\/consultations\/([^/]+?)\/report\.pdf\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/consultations/_slug_/report.pdf/_server.ts.js-rNUdMpKD.js'))
			},
			{
				id: "/consultations/[slug]/report",
				pattern: /^\/consultations\/([^/]+?)\/report\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 34 },
				endpoint: null
			},
			{
				id: "/consultations/[slug]/survey",
				pattern: /^\/consultations\/([^/]+?)\/survey\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 35 },
				endpoint: null
			},
			{
				id: "/consultations/[slug]/survey/done",
				pattern: /^\/consultations\/([^/]+?)\/survey\/done\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 36 },
				endpoint: null
			},
			{
				id: "/districts",
				pattern: /^\/districts\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 37 },
				endpoint: null
			},
			{
				id: "/districts/[id]",
				pattern: /^\/districts\/([^/]+?)\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,], errors: [1,], leaf: 38 },
				endpoint: null
			},
			{
				id: "/forgot-password",
				pattern: /^\/forgot-password\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 39 },
				endpoint: null
			},
			{
				id: "/ideas",
				pattern: /^\/ideas\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 40 },
				endpoint: null
			},
			{
				id: "/ideas/new",
				pattern: /^\/ideas\/new\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 42 },
				endpoint: null
			},
			{
				id: "/ideas/[id]",
				pattern: /^\/ideas\/([^/]+?)\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,], errors: [1,], leaf: 41 },
				endpoint: null
			},
			{
				id: "/manage",
				pattern: /^\/manage\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 43 },
				endpoint: null
			},
			{
				id: "/manage/budgets",
				pattern: /^\/manage\/budgets\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 44 },
				endpoint: null
			},
			{
				id: "/manage/budgets/[slug]",
				pattern: /^\/manage\/budgets\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,], errors: [1,], leaf: 45 },
				endpoint: null
			},
			{
				id: "/manage/budgets/[slug]/paper",
				pattern: /^\/manage\/budgets\/([^/]+?)\/paper\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,], errors: [1,], leaf: 46 },
				endpoint: null
			},
			{
				id: "/manage/budgets/[slug]/projects/[id]",
				pattern: /^\/manage\/budgets\/([^/]+?)\/projects\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false},{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,], errors: [1,], leaf: 47 },
				endpoint: null
			},
			{
				id: "/manage/consultations",
				pattern: /^\/manage\/consultations\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 48 },
				endpoint: null
			},
			{
				id: "/manage/consultations/[slug]",
				pattern: /^\/manage\/consultations\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,3,], errors: [1,,], leaf: 49 },
				endpoint: null
			},
			{
				id: "/manage/consultations/[slug]/answers",
				pattern: /^\/manage\/consultations\/([^/]+?)\/answers\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,3,], errors: [1,,], leaf: 50 },
				endpoint: null
			},
			{
				id: "/manage/consultations/[slug]/document",
				pattern: /^\/manage\/consultations\/([^/]+?)\/document\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,3,], errors: [1,,], leaf: 51 },
				endpoint: null
			},
			{
				id: "/manage/consultations/[slug]/meetings",
				pattern: /^\/manage\/consultations\/([^/]+?)\/meetings\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,3,], errors: [1,,], leaf: 52 },
				endpoint: null
			},
			{
				id: "/manage/consultations/[slug]/partners",
				pattern: /^\/manage\/consultations\/([^/]+?)\/partners\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,3,], errors: [1,,], leaf: 53 },
				endpoint: null
			},
			{
				id: "/manage/consultations/[slug]/report",
				pattern: /^\/manage\/consultations\/([^/]+?)\/report\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,3,], errors: [1,,], leaf: 54 },
				endpoint: null
			},
			{
				id: "/manage/consultations/[slug]/survey",
				pattern: /^\/manage\/consultations\/([^/]+?)\/survey\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,3,], errors: [1,,], leaf: 55 },
				endpoint: null
			},
			{
				id: "/manage/panels",
				pattern: /^\/manage\/panels\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 56 },
				endpoint: null
			},
			{
				id: "/manage/panels/new",
				pattern: /^\/manage\/panels\/new\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 63 },
				endpoint: null
			},
			{
				id: "/manage/panels/[slug]",
				pattern: /^\/manage\/panels\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,4,], errors: [1,,], leaf: 57 },
				endpoint: null
			},
			{
				id: "/manage/panels/[slug]/deliberation",
				pattern: /^\/manage\/panels\/([^/]+?)\/deliberation\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,4,], errors: [1,,], leaf: 58 },
				endpoint: null
			},
			{
				id: "/manage/panels/[slug]/followup",
				pattern: /^\/manage\/panels\/([^/]+?)\/followup\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,4,], errors: [1,,], leaf: 59 },
				endpoint: null
			},
			{
				id: "/manage/panels/[slug]/letters.pdf",
				pattern: /^\/manage\/panels\/([^/]+?)\/letters\.pdf\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/manage/panels/_slug_/letters.pdf/_server.ts.js-DoSwtOv6.js'))
			},
			{
				id: "/manage/panels/[slug]/pool",
				pattern: /^\/manage\/panels\/([^/]+?)\/pool\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,4,], errors: [1,,], leaf: 60 },
				endpoint: null
			},
			{
				id: "/manage/panels/[slug]/recruitment",
				pattern: /^\/manage\/panels\/([^/]+?)\/recruitment\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,4,], errors: [1,,], leaf: 61 },
				endpoint: null
			},
			{
				id: "/manage/panels/[slug]/selection",
				pattern: /^\/manage\/panels\/([^/]+?)\/selection\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,4,], errors: [1,,], leaf: 62 },
				endpoint: null
			},
			{
				id: "/manage/processes/new",
				pattern: /^\/manage\/processes\/new\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 65 },
				endpoint: null
			},
			{
				id: "/manage/processes/[slug]",
				pattern: /^\/manage\/processes\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,], errors: [1,], leaf: 64 },
				endpoint: null
			},
			{
				id: "/meetings",
				pattern: /^\/meetings\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 66 },
				endpoint: null
			},
			{
				id: "/meetings/[id]",
				pattern: /^\/meetings\/([^/]+?)\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,], errors: [1,], leaf: 67 },
				endpoint: null
			},
			{
				id: "/meetings/[id]/calendar.ics",
				pattern: /^\/meetings\/([^/]+?)\/calendar\.ics\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/meetings/_id_/calendar.ics/_server.ts.js-CthHMNIh.js'))
			},
			{
				id: "/moderation",
				pattern: /^\/moderation\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 68 },
				endpoint: null
			},
			{
				id: "/notifications",
				pattern: /^\/notifications\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 69 },
				endpoint: null
			},
			{
				id: "/panels",
				pattern: /^\/panels\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 70 },
				endpoint: null
			},
			{
				id: "/panels/[slug]",
				pattern: /^\/panels\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,5,], errors: [1,,], leaf: 71 },
				endpoint: null
			},
			{
				id: "/panels/[slug]/draw",
				pattern: /^\/panels\/([^/]+?)\/draw\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,5,], errors: [1,,], leaf: 72 },
				endpoint: null
			},
			{
				id: "/panels/[slug]/recommendations/[number]",
				pattern: /^\/panels\/([^/]+?)\/recommendations\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false},{"name":"number","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,5,], errors: [1,,], leaf: 73 },
				endpoint: null
			},
			{
				id: "/panels/[slug]/scorecard",
				pattern: /^\/panels\/([^/]+?)\/scorecard\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,5,], errors: [1,,], leaf: 74 },
				endpoint: null
			},
			{
				id: "/panels/[slug]/volunteer",
				pattern: /^\/panels\/([^/]+?)\/volunteer\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,5,], errors: [1,,], leaf: 75 },
				endpoint: null
			},
			{
				id: "/panels/[slug]/volunteer/done",
				pattern: /^\/panels\/([^/]+?)\/volunteer\/done\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,5,], errors: [1,,], leaf: 76 },
				endpoint: null
			},
			{
				id: "/panels/[slug]/workspace",
				pattern: /^\/panels\/([^/]+?)\/workspace\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,5,], errors: [1,,], leaf: 77 },
				endpoint: null
			},
			{
				id: "/processes",
				pattern: /^\/processes\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 78 },
				endpoint: null
			},
			{
				id: "/processes/[slug]",
				pattern: /^\/processes\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,], errors: [1,], leaf: 79 },
				endpoint: null
			},
			{
				id: "/reset-password",
				pattern: /^\/reset-password\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 80 },
				endpoint: null
			},
			{
				id: "/signin",
				pattern: /^\/signin\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 81 },
				endpoint: null
			},
			{
				id: "/signout",
				pattern: /^\/signout\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 82 },
				endpoint: null
			},
			{
				id: "/signup",
				pattern: /^\/signup\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 83 },
				endpoint: null
			}
		],
		prerendered_routes: new Set([]),
		matchers: async () => {
			
			return {  };
		},
		server_assets: {}
	}
}
})();

export { manifest as m };
//# sourceMappingURL=manifest.js-D_NYM_PH.js.map
