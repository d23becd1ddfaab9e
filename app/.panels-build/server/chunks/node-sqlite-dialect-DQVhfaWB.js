import { h as createSqliteIntrospector, C as CompiledQuery, D as DefaultQueryCompiler } from './chunks/runtime.js-Cpy3HRXz.js';
import './chunks/rolldown-runtime.js-4yTJLqXk.js';
import 'node:module';
import './chunks/schema.js-Do_En6u5.js';
import 'drizzle-orm/pg-core';
import './chunks/schema2.js-Sj7x0PO2.js';
import './chunks/schema4.js-DVO4fwmJ.js';
import './chunks/schema5.js-CNQvs3tC.js';
import './chunks/service3.js-BzPHPzf0.js';
import './chunks/errors2.js-qlgBpaJE.js';
import './chunks/ids.js-DjVSHxXU.js';
import 'node:crypto';
import 'drizzle-orm';
import './chunks/service2.js-qqQkOHfI.js';
import './chunks/consultations.js-CWe6i0oK.js';
import './chunks/service5.js-o-XsimG-.js';
import './chunks/validate.js-BbCXC-0d.js';
import 'zod';
import './chunks/service4.js-B9dMCCsC.js';
import './chunks/service6.js-3cKmcDH6.js';
import 'node:fs';
import 'node:url';
import 'node:path';
import './chunks/service7.js-DStGSMM8.js';
import './chunks/ideas.js-CAhG4kXJ.js';
import './chunks/service9.js-h2CQjVIl.js';
import './chunks/views.js-DTyBJOYt.js';
import 'node:worker_threads';
import './chunks/service.js-DgzZ8ueJ.js';
import './chunks/modules.js-DlJ9hQXb.js';
import './chunks/meetings.js-CEhBbRYG.js';
import './chunks/service8.js-CUSw6Szj.js';
import './chunks/import.js-DcF_PdLl.js';
import 'node:zlib';
import 'node:fs/promises';
import 'node:os';
import '@node-rs/argon2';

// src/node-sqlite-dialect.ts
var NodeSqliteAdapter = class {
	get supportsCreateIfNotExists() {
		return true;
	}
	get supportsTransactionalDdl() {
		return false;
	}
	get supportsReturning() {
		return true;
	}
	async acquireMigrationLock() {}
	async releaseMigrationLock() {}
	get supportsOutput() {
		return true;
	}
};
var NodeSqliteDriver = class {
	#config;
	#connectionMutex = new ConnectionMutex();
	#db;
	#connection;
	constructor(config) {
		this.#config = { ...config };
	}
	async init() {
		this.#db = this.#config.database;
		this.#connection = new NodeSqliteConnection(this.#db);
		if (this.#config.onCreateConnection) await this.#config.onCreateConnection(this.#connection);
	}
	async acquireConnection() {
		await this.#connectionMutex.lock();
		return this.#connection;
	}
	async beginTransaction(connection) {
		await connection.executeQuery(CompiledQuery.raw("begin"));
	}
	async commitTransaction(connection) {
		await connection.executeQuery(CompiledQuery.raw("commit"));
	}
	async rollbackTransaction(connection) {
		await connection.executeQuery(CompiledQuery.raw("rollback"));
	}
	async releaseConnection() {
		this.#connectionMutex.unlock();
	}
	async destroy() {
		this.#db?.close();
	}
};
var NodeSqliteConnection = class {
	#db;
	constructor(db) {
		this.#db = db;
	}
	executeQuery(compiledQuery) {
		const { sql, parameters } = compiledQuery;
		const stmt = this.#db.prepare(sql);
		const params = parameters;
		if (stmt.columns().length > 0) return Promise.resolve({ rows: stmt.all(...params) });
		const { changes, lastInsertRowid } = stmt.run(...params);
		return Promise.resolve({
			rows: [],
			numAffectedRows: BigInt(changes),
			insertId: typeof lastInsertRowid === "bigint" ? lastInsertRowid : BigInt(lastInsertRowid)
		});
	}
	async *streamQuery() {
		throw new Error("Streaming query is not supported by SQLite driver.");
	}
};
var ConnectionMutex = class {
	#promise;
	#resolve;
	async lock() {
		while (this.#promise !== void 0) await this.#promise;
		this.#promise = new Promise((resolve) => {
			this.#resolve = resolve;
		});
	}
	unlock() {
		const resolve = this.#resolve;
		this.#promise = void 0;
		this.#resolve = void 0;
		resolve?.();
	}
};
var NodeSqliteQueryCompiler = class extends DefaultQueryCompiler {
	getCurrentParameterPlaceholder() {
		return "?";
	}
	getLeftIdentifierWrapper() {
		return "\"";
	}
	getRightIdentifierWrapper() {
		return "\"";
	}
	getAutoIncrement() {
		return "autoincrement";
	}
};
var NodeSqliteDialect = class {
	#config;
	constructor(config) {
		this.#config = { ...config };
	}
	createDriver() {
		return new NodeSqliteDriver(this.#config);
	}
	createQueryCompiler() {
		return new NodeSqliteQueryCompiler();
	}
	createAdapter() {
		return new NodeSqliteAdapter();
	}
	createIntrospector(db) {
		return createSqliteIntrospector(db);
	}
};

export { NodeSqliteDialect };
//# sourceMappingURL=node-sqlite-dialect-DQVhfaWB.js.map
