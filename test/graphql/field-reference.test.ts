import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../support/seeded-knowledge.js';
import { codes, graphql } from './graphql-request.js';

let app: Awaited<ReturnType<typeof seededApp>>;
beforeAll(async () => {
  app = await seededApp();
});
afterAll(() => app.close());

describe('Resource.fields', () => {
  it('answers one field by path, case-insensitively, with its upstream source', async () => {
    const answer = await graphql(
      app.app,
      '{ resource(name: "deploy") { fields(path: "spec.strategy.rollingupdate.maxsurge") { apiVersion kind source { package kubernetesVersion language } fields { path type required description } } } }',
    );
    expect(answer.errors).toBeUndefined();
    const fields = answer.data?.resource.fields;
    expect(fields).toMatchObject({ apiVersion: 'apps/v1', kind: 'Deployment', source: { package: 'kubernetes-models', kubernetesVersion: 'v1.36.0', language: 'en' } });
    expect(fields.fields[0]).toMatchObject({ path: 'spec.strategy.rollingUpdate.maxSurge', type: '<IntOrString>', required: false });
    expect(fields.fields[0].description).toMatch(/above the desired number of pods/);
  });

  it('answers an add-on kind from its CRD schema, with the add-on\'s release', async () => {
    const answer = await graphql(
      app.app,
      '{ resource(name: "vpa") { fields(path: "spec.targetRef") { kind source { package schema release { project version from } } fields { path children { name } } } } }',
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.resource.fields).toMatchObject({
      kind: 'VerticalPodAutoscaler',
      source: { package: '@kubernetes-models/autoscaler', schema: 'addon-crd', release: { project: 'Vertical Pod Autoscaler', version: 'v1.6.0', from: 'package-changelog' } },
    });
    expect(answer.data?.resource.fields.fields[0].children.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(['apiVersion', 'kind', 'name']));
  });

  it('answers the tree to the depth asked for', async () => {
    const answer = await graphql(app.app, '{ resource(name: "Job") { fields(depth: 2) { fields { name children { name type hasChildren children { name } } } } } }');
    expect(answer.errors).toBeUndefined();
    const spec = answer.data?.resource.fields.fields.find((f: { name: string }) => f.name === 'spec');
    const backoffLimit = spec.children.find((f: { name: string }) => f.name === 'backoffLimit');
    expect(backoffLimit).toMatchObject({ type: '<integer>', hasChildren: false, children: [] });
    const template = spec.children.find((f: { name: string }) => f.name === 'template');
    expect(template).toMatchObject({ hasChildren: true, children: [] });
  });

  it('fails an unknown path with NOT_FOUND and the closest paths', async () => {
    const answer = await graphql(app.app, '{ resource(name: "Deployment") { fields(path: "spec.replicass") { kind } } }');
    expect(codes(answer)).toEqual(['NOT_FOUND']);
    expect(answer.errors?.[0]?.extensions?.closest).toEqual(['spec.replicas']);
  });

  it('fails a resource without a kind with NOT_FOUND, and a bad depth with VALIDATION_FAILED', async () => {
    expect(codes(await graphql(app.app, '{ resource(name: "Volume") { fields { kind } } }'))).toEqual(['NOT_FOUND']);
    expect(codes(await graphql(app.app, '{ resource(name: "Pod") { fields(depth: 99) { kind } } }'))).toEqual(['VALIDATION_FAILED']);
  });
});
