import { k as kyselyAdapter, c as createKyselyAdapter } from './runtime.js-Cpy3HRXz.js';
export { g as getKyselyDatabaseType, b as getMssqlSchema, d as getPostgresSchema, i as introspectPostgresTables, t as toIntrospectedTables, e as toPhysicalSchema } from './runtime.js-Cpy3HRXz.js';
import './rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import './schema.js-Do_En6u5.js';
import 'drizzle-orm/pg-core';
import './schema2.js-Sj7x0PO2.js';
import './schema4.js-DVO4fwmJ.js';
import './schema5.js-CNQvs3tC.js';
import './service3.js-BzPHPzf0.js';
import './errors2.js-qlgBpaJE.js';
import './ids.js-DjVSHxXU.js';
import 'node:crypto';
import 'drizzle-orm';
import './service2.js-qqQkOHfI.js';
import './consultations.js-CWe6i0oK.js';
import './service5.js-o-XsimG-.js';
import './validate.js-BbCXC-0d.js';
import 'zod';
import './service4.js-B9dMCCsC.js';
import './service6.js-3cKmcDH6.js';
import 'node:fs';
import 'node:url';
import 'node:path';
import './service7.js-DStGSMM8.js';
import './ideas.js-CAhG4kXJ.js';
import './service9.js-h2CQjVIl.js';
import './views.js-DTyBJOYt.js';
import 'node:worker_threads';
import './service.js-DgzZ8ueJ.js';
import './modules.js-DlJ9hQXb.js';
import './meetings.js-CEhBbRYG.js';
import './service8.js-CUSw6Szj.js';
import './import.js-DcF_PdLl.js';
import 'node:zlib';
import 'node:fs/promises';
import 'node:os';
import '@node-rs/argon2';



export { createKyselyAdapter, kyselyAdapter };
//# sourceMappingURL=kysely-adapter.js-DOJbd5ZJ.js.map
