import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { OPENAPI_FILE, openApiFileText } from '../../src/rest/openapi/write-openapi-document.js';
import { restRoutes } from '../../src/rest/rest-routes.js';
import { conformsToOpenApi } from './openapi-conformance.js';
import { useSeededApi } from './seeded-rest.js';

const t = useSeededApi();

describe('the OpenAPI document', () => {
  it('is committed exactly as generated (npm run openapi:generate)', () => {
    expect(fs.readFileSync(OPENAPI_FILE, 'utf8')).toBe(openApiFileText());
  });

  it('is served at /openapi.json as committed', async () => {
    const res = await t.api.get('/openapi.json').expect(200);
    expect(res.body).toEqual(JSON.parse(fs.readFileSync(OPENAPI_FILE, 'utf8')));
    expect(res.body.openapi).toBe('3.1.0');
  });

  it('gives every route a unique operationId', () => {
    const ids = restRoutes.map((r) => r.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has no errors and no warnings for the Redocly linter', () => {
    const bin = path.join(PACKAGE_ROOT, 'node_modules', '.bin', 'redocly');
    const run = spawnSync(bin, ['lint', OPENAPI_FILE, '--format=summary'], {
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    // Its summary counts problems by severity (its own Node.js deprecation notice is not one).
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/\b[1-9]\d* warnings?\b/i);
  }, 60_000);

  it('has no errors and no warnings for Spectral\'s spectral:oas rules', () => {
    const bin = path.join(PACKAGE_ROOT, 'node_modules', '.bin', 'spectral');
    const run = spawnSync(bin, ['lint', OPENAPI_FILE, '--ruleset', path.join(PACKAGE_ROOT, '.spectral.yaml'), '--fail-severity=hint', '--format=text'], {
      encoding: 'utf8',
      env: { ...process.env, SCARF_ANALYTICS: 'false' },
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  }, 60_000);

  it('makes the response check fail on a body the schema does not allow', async () => {
    const res = await t.api.get('/meta').expect(200);
    const tampered = Object.assign(Object.create(Object.getPrototypeOf(res)), res, { body: { ...res.body, revision: 'one' } });
    expect(() => conformsToOpenApi(tampered)).toThrow(/does not match the OpenAPI schema/);
    // An undocumented status falls to the default answer, which must be problem+json.
    const notProblem = Object.assign(Object.create(Object.getPrototypeOf(res)), res, { status: 500 });
    expect(() => conformsToOpenApi(notProblem)).toThrow(/content-type application\/json is not documented/);
  });
});

describe('GET /docs', () => {
  it('serves interactive docs that load only this server\'s assets', async () => {
    const res = await t.api.get('/docs').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    const refs = [...res.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(refs.length).toBeGreaterThanOrEqual(4);
    for (const ref of refs) {
      expect(ref).toMatch(/^\/(?!\/)/);
      const asset = await t.api.get(ref).expect(200);
      expect(asset.headers['content-type']).toMatch(/javascript|css/);
    }
    const init = await t.api.get('/docs/init.js').expect(200);
    expect(init.text).toContain("url: '/openapi.json'");
  });
});
