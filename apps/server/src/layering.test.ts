import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The server's layering (docs/architecture.md, "Server"): SQL only in `*.repository.ts` and db/,
// HTTP only in routes, the auth hook and http/. Checked on the syntax tree, so a comment or a
// string that merely mentions SQL never counts.

const QUERY_BUILDER_METHODS = new Set(['select', 'selectDistinct', 'insert', 'update', 'delete', 'execute']);
const QUERY_BUILDER_RECEIVERS = new Set(['db', 'tx', 'rawTx']);
const SQL_TEXT =
  /^\s*(select|insert|update|delete|with|create|alter|drop|truncate|checkpoint|vacuum|listen|notify)\b/i;

type Rule = (path: string, node: ts.Node) => string | undefined;

/** `path` is relative to apps/server/src with forward slashes. */
function parse(path: string, source: string): ts.SourceFile {
  return ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
}

function violations(file: ts.SourceFile, rule: Rule): string[] {
  const path = file.fileName;
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const problem = rule(path, node);
    if (problem) {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
      found.push(`${path}:${line + 1} ${problem}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function importedModule(node: ts.Node): string | undefined {
  return ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)
    ? node.moduleSpecifier.text
    : undefined;
}

// Types alone never build a query, so `import type` stays allowed everywhere.
function importsValues(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return true;
  if (clause.isTypeOnly) return false;
  if (clause.name) return true;
  const bindings = clause.namedBindings;
  if (!bindings) return false;
  return ts.isNamespaceImport(bindings) || bindings.elements.some((element) => !element.isTypeOnly);
}

// db.select(…), tx.insert(…), ctx.database.db.execute(…)
function isQueryBuilder(expression: ts.Expression): boolean {
  if (ts.isIdentifier(expression)) return QUERY_BUILDER_RECEIVERS.has(expression.text);
  return ts.isPropertyAccessExpression(expression) && expression.name.text === 'db';
}

function leadingText(argument: ts.Expression | undefined): string | undefined {
  if (!argument) return undefined;
  if (ts.isStringLiteralLike(argument)) return argument.text;
  return ts.isTemplateExpression(argument) ? argument.head.text : undefined;
}

const sqlOutsideRepositories: Rule = (path, node) => {
  if (path.endsWith('.repository.ts') || path.startsWith('db/')) return undefined;
  const from = importedModule(node);
  if (from !== undefined && importsValues(node as ts.ImportDeclaration)) {
    if (/^drizzle-orm(\/|$)/.test(from)) return `imports query builders from ${from}`;
    if (/(^|\/)db\/schema$/.test(from)) return 'imports tables from db/schema';
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    const method = node.expression.name.text;
    if (QUERY_BUILDER_METHODS.has(method) && isQueryBuilder(node.expression.expression))
      return `calls the query builder (.${method})`;
    const text = leadingText(node.arguments[0]);
    if ((method === 'query' || method === 'exec') && text !== undefined && SQL_TEXT.test(text))
      return 'runs raw SQL';
  }
  return undefined;
};

const httpInServices: Rule = (path, node) => {
  if (!path.endsWith('.service.ts')) return undefined;
  const from = importedModule(node);
  return from !== undefined && /^@?fastify(\/|-|$)/.test(from) ? `service imports from ${from}` : undefined;
};

const srcDir = import.meta.dirname;
const sourceFiles = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
  .map((path) => path.split(sep).join('/'))
  .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'))
  .map((path) => parse(path, readFileSync(join(srcDir, path), 'utf8')));

describe('server layering', () => {
  it('scans the whole server source', () => {
    expect(sourceFiles.map((file) => file.fileName)).toEqual(
      expect.arrayContaining(['app.ts', 'db/schema.ts', 'sessions/sessions.service.ts']),
    );
  });

  it('SQL lives only in repository files', () => {
    expect(sourceFiles.flatMap((file) => violations(file, sqlOutsideRepositories))).toEqual([]);
  });

  it('services never import from fastify: routes and the auth hook do the HTTP part', () => {
    expect(sourceFiles.flatMap((file) => violations(file, httpInServices))).toEqual([]);
  });

  it.each([
    ['a drizzle-orm operator', 'reminders/vapid-keys.ts', "import { eq } from 'drizzle-orm';"],
    ['a table from the schema', 'housekeeping.ts', "import { invites } from './db/schema';"],
    ['a query on the transaction', 'accounts/account-deletion.ts', 'await tx.delete(invites).where(x);'],
    ['a query on ctx.database.db', 'housekeeping.ts', 'await ctx.database.db.select().from(x);'],
    ['raw SQL on a client', 'cli/backup.ts', "await client.query('checkpoint');"],
    ['raw SQL in a template', 'cli/restore.ts', 'await client.query(`select ${n}`);'],
  ])('the SQL check catches %s', (_what, path, source) => {
    expect(violations(parse(path, source), sqlOutsideRepositories)).toHaveLength(1);
  });

  it.each([
    ['a repository', 'couples/couples.repository.ts', "import { eq } from 'drizzle-orm';\ndb.delete(x);"],
    ['the database module', 'db/database.ts', "import { sql } from 'drizzle-orm';"],
    ['a type-only import', 'reminders/x.ts', "import type { InferSelectModel } from 'drizzle-orm';"],
    ['routes and collections', 'records/records.routes.ts', "app.delete('/x', h); set.delete(k);"],
    ['repository methods named like SQL', 'records/records.service.ts', 'await records.update(id, values);'],
    ['a comment about SQL', 'housekeeping.ts', '// db.delete(invites) happens in the repository'],
  ])('the SQL check allows %s', (_what, path, source) => {
    expect(violations(parse(path, source), sqlOutsideRepositories)).toEqual([]);
  });

  it('the HTTP check catches a service importing fastify types, and allows routes to', () => {
    const source = "import type { FastifyReply } from 'fastify';";
    expect(violations(parse('sessions/sessions.service.ts', source), httpInServices)).toHaveLength(1);
    expect(violations(parse('sessions/sessions.routes.ts', source), httpInServices)).toEqual([]);
  });
});
