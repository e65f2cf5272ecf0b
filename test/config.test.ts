import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { parseDatabaseUrl } from '../src/db/database-target.js';

describe('configuration', () => {
  it('has defaults for everything', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 3000, SEED_ON_START: 'auto', MIGRATE_ON_START: true, TRUST_PROXY: 'loopback', GRAPHQL_INTROSPECTION: true });
  });

  it('fails naming the bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ SEED_ON_START: 'sometimes' })).toThrow(/SEED_ON_START/);
  });

  it('reads TRUST_PROXY as Express does', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8' }).TRUST_PROXY).toBe('10.0.0.0/8');
  });

  it('picks the database from DATABASE_URL', () => {
    expect(parseDatabaseUrl(undefined, '/srv')).toEqual({ provider: 'sqlite', file: '/srv/data/kubedex.db' });
    expect(parseDatabaseUrl('file:./x.db', '/srv')).toEqual({ provider: 'sqlite', file: '/srv/x.db' });
    expect(parseDatabaseUrl('postgresql://u@h:5432/d')).toEqual({ provider: 'postgresql', url: 'postgresql://u@h:5432/d' });
    expect(() => parseDatabaseUrl('mysql://h/d')).toThrow(/DATABASE_URL/);
  });
});
