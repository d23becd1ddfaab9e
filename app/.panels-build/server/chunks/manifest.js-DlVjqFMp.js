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
		client: {start:"_app/immutable/entry/start.KpukoPqT.js",app:"_app/immutable/entry/app.CDSwerv4.js",imports:["_app/immutable/entry/start.KpukoPqT.js","_app/immutable/chunks/BmPDE53l.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/entry/app.CDSwerv4.js","_app/immutable/chunks/fWPyEVvJ.js","_app/immutable/chunks/BANxRrTE.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/xihTtKlq.js","_app/immutable/chunks/DclECHGd.js"],stylesheets:[],fonts:[],uses_env_dynamic_public:false},
		nodes: [
			__memo(() => import('./nodes/0.js-BiImNxnD.js')),
			__memo(() => import('./nodes/1.js-CRJkMlwU.js')),
			__memo(() => import('./nodes/2.js-BPmUByKU.js')),
			__memo(() => import('./nodes/3.js-CeZZzswj.js')),
			__memo(() => import('./nodes/4.js-1CafnsIX.js')),
			__memo(() => import('./nodes/5.js-D-4csx_5.js')),
			__memo(() => import('./nodes/6.js-DnLTDqvE.js')),
			__memo(() => import('./nodes/7.js-COXoEvpK.js')),
			__memo(() => import('./nodes/8.js-CO9SNnsI.js')),
			__memo(() => import('./nodes/9.js-CRPRozqe.js')),
			__memo(() => import('./nodes/10.js-Dltvbh6K.js')),
			__memo(() => import('./nodes/11.js-IYnenelU.js')),
			__memo(() => import('./nodes/12.js-Sa45VFUk.js')),
			__memo(() => import('./nodes/13.js-BOyh-mxn.js')),
			__memo(() => import('./nodes/14.js-Bsppbuh8.js')),
			__memo(() => import('./nodes/15.js-D928E8eC.js')),
			__memo(() => import('./nodes/16.js-C6pOewqD.js')),
			__memo(() => import('./nodes/17.js-zfsBbN77.js')),
			__memo(() => import('./nodes/18.js-BNjr0HLO.js')),
			__memo(() => import('./nodes/19.js-DoXRrqBC.js')),
			__memo(() => import('./nodes/20.js-CN34eOBl.js')),
			__memo(() => import('./nodes/21.js-CPzVv7Pm.js')),
			__memo(() => import('./nodes/22.js-DrxD5XtL.js')),
			__memo(() => import('./nodes/23.js-DvorkV22.js')),
			__memo(() => import('./nodes/24.js-DsQ81P1G.js')),
			__memo(() => import('./nodes/25.js-B0pi_Szs.js')),
			__memo(() => import('./nodes/26.js-7Yeja9aA.js')),
			__memo(() => import('./nodes/27.js-BdFEcGgE.js')),
			__memo(() => import('./nodes/28.js-gJz1Y-vk.js')),
			__memo(() => import('./nodes/29.js-DmU6rj09.js')),
			__memo(() => import('./nodes/30.js-ClliaO_2.js')),
			__memo(() => import('./nodes/31.js-DQoKhhx1.js')),
			__memo(() => import('./nodes/32.js-NOxYxwLh.js')),
			__memo(() => import('./nodes/33.js-BM_vPzzH.js')),
			__memo(() => import('./nodes/34.js-BPTt5Wh-.js')),
			__memo(() => import('./nodes/35.js-DmEa91Gl.js')),
			__memo(() => import('./nodes/36.js-DTz-tFTA.js')),
			__memo(() => import('./nodes/37.js-BxU2Mc8I.js')),
			__memo(() => import('./nodes/38.js-CKVNYX8j.js')),
			__memo(() => import('./nodes/39.js-DWOH0K_k.js')),
			__memo(() => import('./nodes/40.js-nJOIT1qL.js')),
			__memo(() => import('./nodes/41.js-B9PDMgKp.js')),
			__memo(() => import('./nodes/42.js-C_eRJh84.js')),
			__memo(() => import('./nodes/43.js-Cb9OphBg.js')),
			__memo(() => import('./nodes/44.js-DlVbIQUo.js')),
			__memo(() => import('./nodes/45.js-AbK3rrkG.js')),
			__memo(() => import('./nodes/46.js-C-fARk5q.js')),
			__memo(() => import('./nodes/47.js-DlQLC3Bo.js')),
			__memo(() => import('./nodes/48.js-CcWXJgba.js')),
			__memo(() => import('./nodes/49.js-DTcRIU2o.js')),
			__memo(() => import('./nodes/50.js-fuAVvorR.js')),
			__memo(() => import('./nodes/51.js-6W7OUpQZ.js')),
			__memo(() => import('./nodes/52.js-BMyb7Xoc.js')),
			__memo(() => import('./nodes/53.js-drywx_Br.js')),
			__memo(() => import('./nodes/54.js-DLsqgHOz.js')),
			__memo(() => import('./nodes/55.js-BjrFLPEP.js')),
			__memo(() => import('./nodes/56.js-BsQCt9Cn.js')),
			__memo(() => import('./nodes/57.js-CQmjU03m.js')),
			__memo(() => import('./nodes/58.js-DnuXjNIW.js')),
			__memo(() => import('./nodes/59.js-DwtZKvUi.js')),
			__memo(() => import('./nodes/60.js-PfMW4MAG.js')),
			__memo(() => import('./nodes/61.js-D0W2ssUS.js')),
			__memo(() => import('./nodes/62.js-D8vf0N81.js')),
			__memo(() => import('./nodes/63.js-BRGEM7Yr.js')),
			__memo(() => import('./nodes/64.js-BcgM4Hmg.js')),
			__memo(() => import('./nodes/65.js-CQMldM-7.js')),
			__memo(() => import('./nodes/66.js-Bl7ddKza.js')),
			__memo(() => import('./nodes/67.js-Cu81uQjT.js')),
			__memo(() => import('./nodes/68.js-DCN0kKwj.js')),
			__memo(() => import('./nodes/69.js-DMb99oj3.js')),
			__memo(() => import('./nodes/70.js-CJOJk-1w.js')),
			__memo(() => import('./nodes/71.js-BEzzjrQP.js')),
			__memo(() => import('./nodes/72.js-O60EXBJI.js')),
			__memo(() => import('./nodes/73.js-DGvjiWb7.js')),
			__memo(() => import('./nodes/74.js-J_FKP3vx.js')),
			__memo(() => import('./nodes/75.js-DAL6qdvG.js')),
			__memo(() => import('./nodes/76.js-DeB8Jt2j.js')),
			__memo(() => import('./nodes/77.js-CDUlWoq4.js')),
			__memo(() => import('./nodes/78.js-Tiq9_Cgt.js')),
			__memo(() => import('./nodes/79.js-DO3hGASO.js')),
			__memo(() => import('./nodes/80.js-hZJuXqsG.js')),
			__memo(() => import('./nodes/81.js-Ct8eIh4N.js')),
			__memo(() => import('./nodes/82.js-DGMymPo5.js')),
			__memo(() => import('./nodes/83.js-U7qPxLQ2.js'))
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
				endpoint: __memo(() => import('./entries/endpoints/account/export.json/_server.ts.js-i9UQn5Kq.js'))
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
				endpoint: __memo(() => import('./entries/endpoints/api/v1/budgets.csv/_server.ts.js-BLH2js4R.js'))
			},
			{
				id: "/api/v1/budgets",
				pattern: /^\/api\/v1\/budgets\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/budgets/_server.ts.js-CYhw4GW0.js'))
			},
			{
				id: "/api/v1/budgets/[id]",
				pattern: /^\/api\/v1\/budgets\/([^/]+?)\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/budgets/_id_/_server.ts.js-DZN-4oTd.js'))
			},
			{
				id: "/api/v1/budgets/[id]/pools/[poolId]/export.pb",
				pattern: /^\/api\/v1\/budgets\/([^/]+?)\/pools\/([^/]+?)\/export\.pb\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false},{"name":"poolId","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/budgets/_id_/pools/_poolId_/export.pb/_server.ts.js-DmeMcEj5.js'))
			},
			{
				id: "/api/v1/budgets/[id]/projects.csv",
				pattern: /^\/api\/v1\/budgets\/([^/]+?)\/projects\.csv\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/budgets/_id_/projects.csv/_server.ts.js-BBiqBsAw.js'))
			},
			{
				id: "/api/v1/budgets/[id]/projects",
				pattern: /^\/api\/v1\/budgets\/([^/]+?)\/projects\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/budgets/_id_/projects/_server.ts.js-hiKYWXnZ.js'))
			},
			{
				id: "/api/v1/budgets/[id]/results.csv",
				pattern: /^\/api\/v1\/budgets\/([^/]+?)\/results\.csv\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/budgets/_id_/results.csv/_server.ts.js-D56rzKt2.js'))
			},
			{
				id: "/api/v1/budgets/[id]/results",
				pattern: /^\/api\/v1\/budgets\/([^/]+?)\/results\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/budgets/_id_/results/_server.ts.js-5l1DLPlb.js'))
			},
			{
				id: "/api/v1/consultations.csv",
				pattern: /^\/api\/v1\/consultations\.csv\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/consultations.csv/_server.ts.js-BdnBwcAi.js'))
			},
			{
				id: "/api/v1/consultations",
				pattern: /^\/api\/v1\/consultations\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/consultations/_server.ts.js-DIlrTy-J.js'))
			},
			{
				id: "/api/v1/consultations/[id]",
				pattern: /^\/api\/v1\/consultations\/([^/]+?)\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/consultations/_id_/_server.ts.js-ChDQGhYS.js'))
			},
			{
				id: "/api/v1/consultations/[id]/report.csv",
				pattern: /^\/api\/v1\/consultations\/([^/]+?)\/report\.csv\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/consultations/_id_/report.csv/_server.ts.js-C9Dk9lD4.js'))
			},
			{
				id: "/api/v1/consultations/[id]/report",
				pattern: /^\/api\/v1\/consultations\/([^/]+?)\/report\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/consultations/_id_/report/_server.ts.js-C9JUYtS_.js'))
			},
			{
				id: "/api/v1/consultations/[id]/submissions.csv",
				pattern: /^\/api\/v1\/consultations\/([^/]+?)\/submissions\.csv\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/consultations/_id_/submissions.csv/_server.ts.js-nlkLwDO1.js'))
			},
			{
				id: "/api/v1/consultations/[id]/submissions",
				pattern: /^\/api\/v1\/consultations\/([^/]+?)\/submissions\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/consultations/_id_/submissions/_server.ts.js-CTFdiR2C.js'))
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
				endpoint: __memo(() => import('./entries/endpoints/api/v1/ideas.csv/_server.ts.js-COpRhR-k.js'))
			},
			{
				id: "/api/v1/ideas",
				pattern: /^\/api\/v1\/ideas\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/ideas/_server.ts.js-DjmsFuUl.js'))
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
				endpoint: __memo(() => import('./entries/endpoints/api/v1/openapi.json/_server.ts.js-CIISiN_t.js'))
			},
			{
				id: "/api/v1/panels",
				pattern: /^\/api\/v1\/panels\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/panels/_server.ts.js-CJYNCVAM.js'))
			},
			{
				id: "/api/v1/panels/[id]",
				pattern: /^\/api\/v1\/panels\/([^/]+?)\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/panels/_id_/_server.ts.js-Co_fg08i.js'))
			},
			{
				id: "/api/v1/panels/[id]/draw",
				pattern: /^\/api\/v1\/panels\/([^/]+?)\/draw\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/panels/_id_/draw/_server.ts.js-HXWgEsrs.js'))
			},
			{
				id: "/api/v1/panels/[id]/recommendations",
				pattern: /^\/api\/v1\/panels\/([^/]+?)\/recommendations\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/panels/_id_/recommendations/_server.ts.js-Bj-WpA-F.js'))
			},
			{
				id: "/api/v1/processes.csv",
				pattern: /^\/api\/v1\/processes\.csv\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/processes.csv/_server.ts.js-CWVbEOZG.js'))
			},
			{
				id: "/api/v1/processes",
				pattern: /^\/api\/v1\/processes\/?$/,
				params: [],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/processes/_server.ts.js-cfyJg5YM.js'))
			},
			{
				id: "/api/v1/processes/[slug]",
				pattern: /^\/api\/v1\/processes\/([^/]+?)\/?$/,
				params: [{"name":"slug","optional":false,"rest":false,"chained":false}],
				page: null,
				endpoint: __memo(() => import('./entries/endpoints/api/v1/processes/_slug_/_server.ts.js-DLtm3jTk.js'))
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
				endpoint: __memo(() => import('./entries/endpoints/budgets/_slug_/photos/_photoId_/_server.ts.js-BhiWPpv-.js'))
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
				endpoint: __memo(() => import('./entries/endpoints/consultations/_slug_/report.pdf/_server.ts.js-BizvVaCc.js'))
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
				endpoint: __memo(() => import('./entries/endpoints/manage/panels/_slug_/letters.pdf/_server.ts.js-CSwn2tVO.js'))
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
//# sourceMappingURL=manifest.js-DlVjqFMp.js.map
