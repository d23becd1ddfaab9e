import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:3400';
const ctx = await chromium.launchPersistentContext('/tmp/shots-profile-' + Date.now(), { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'], viewport: { width: 1280, height: 900 } });
const page = ctx.pages()[0] ?? (await ctx.newPage());
const paths = process.argv.slice(2);
for (const p of paths) {
	const [path, name, w] = p.split('|');
	if (w) await page.setViewportSize({ width: Number(w), height: 800 });
	const res = await page.goto(base + path);
	console.log(path, res.status());
	await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
}
await ctx.close();
