import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['url', 'cookie', 'baseLocale']
		}),
		sveltekit()
	],
	server: { port: 3000 },
	// The timing report of the bundler is noise for `npm start`.
	build: { rolldownOptions: { checks: { pluginTimings: false } } },
	ssr: { external: ['@electric-sql/pglite', 'pg', '@node-rs/argon2', 'highs'] }
});
