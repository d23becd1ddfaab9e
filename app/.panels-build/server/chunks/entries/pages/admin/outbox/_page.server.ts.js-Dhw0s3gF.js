import { ai as readOutbox } from '../../../../chunks/service.js-DgzZ8ueJ.js';
import { r as requireSignedIn, l as loadOr404 } from '../../../../chunks/http.js-DEPnrH4W.js';

// src/routes/admin/outbox/+page.server.ts
var load = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	return {
		mails: await loadOr404(() => readOutbox(locals.ctx)),
		smtp: !!process.env.SMTP_HOST
	};
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
	__proto__: null,
	load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-Dhw0s3gF.js.map
