import { describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/package-root.js';
import { readSeed } from '../../src/seed/read-seed.js';
import { DEPRECATION_GUIDE } from './deprecation-guide.js';

const seed = readSeed(SEED_DIR);
const kindOf = new Map(seed.resources.filter((r) => r.kubernetes && !r.variant).map((r) => [r.kubernetes!.kind, r.name]));
const historyOf = new Map(seed.apiVersions.map((k) => [k.resource, k.versions]));

describe('apiVersion history', () => {
  it('agrees with every row of the Deprecated API Migration Guide for the kinds kubedex holds', () => {
    const disagreements: string[] = [];
    for (const row of DEPRECATION_GUIDE) {
      const name = kindOf.get(row.kind);
      if (!name) continue;
      const entry = historyOf.get(name)?.find((v) => v.apiVersion === row.apiVersion);
      if (!entry) disagreements.push(`${row.kind} ${row.apiVersion}: missing`);
      else if (entry.removedIn !== row.removedIn || entry.replacement !== row.replacement)
        disagreements.push(`${row.kind} ${row.apiVersion}: removedIn ${entry.removedIn} → ${entry.replacement}, the guide says ${row.removedIn} → ${row.replacement}`);
    }
    expect(disagreements).toEqual([]);
  });

  it('has a history for every kind, whose last entry is the preferred version, served and not removed', () => {
    for (const r of seed.resources.filter((x) => x.kubernetes && !x.variant)) {
      const k = r.kubernetes!;
      const versions = historyOf.get(r.name);
      expect(versions, `${r.name} has no apiVersion history`).toBeDefined();
      if (r.status === 'removed') {
        expect(versions!.every((v) => v.removedIn !== null), `${r.name} is removed`).toBe(true);
        continue;
      }
      const preferred = k.group === '' ? k.version : `${k.group}/${k.version}`;
      const entry = versions!.find((v) => v.apiVersion === preferred);
      expect(entry, `${r.name} lists its preferred ${preferred}`).toBeDefined();
      expect(entry!.removedIn).toBeNull();
    }
  });

  it('names replacements the history of the same kind holds, and removals after deprecations', () => {
    for (const { resource, versions } of seed.apiVersions) {
      const names = new Set(versions.map((v) => v.apiVersion));
      for (const v of versions) {
        if (v.replacement !== null) expect(names.has(v.replacement), `${resource} ${v.apiVersion} → ${v.replacement}`).toBe(true);
        if (v.deprecatedIn && v.removedIn) expect(Number(v.removedIn.slice(3)) > Number(v.deprecatedIn.slice(3)), `${resource} ${v.apiVersion}`).toBe(true);
      }
    }
  });
});
