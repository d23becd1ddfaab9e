// The stored-XSS corpus both XSS scenarios store: script tags, event handlers, javascript:
// URLs, breaking out of attributes, textareas and titles, template syntax, and parser quirks.
/** Each payload would call alert() or set window.__xss if the browser ran it. */
export const CORPUS = [
	'<script>alert(1)</script>',
	'<script>window.__xss=1</script>',
	'<img src=x onerror=alert(1)>',
	'<img src=x onerror="window.__xss=1">',
	'"><svg onload=alert(1)>',
	"'><svg/onload=window.__xss=1>",
	'<a href="javascript:alert(1)">link</a>',
	'javascript:alert(1)',
	'</textarea><script>alert(1)</script>',
	'</title><script>alert(1)</script>',
	'<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>',
	'<details open ontoggle=alert(1)>',
	'<body onload=alert(1)>',
	'<input autofocus onfocus=alert(1)>',
	'[click](javascript:alert(1))',
	'{@html "<img src=x onerror=alert(1)>"}',
	'${alert(1)}',
	'<style>*{background:url("javascript:alert(1)")}</style>',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
	'<svg><script href="data:text/javascript,alert(1)"></script></svg>'
];
