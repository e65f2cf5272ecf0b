import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { answerLangFor, LangTag, negotiateLang } from '../../src/knowledge/negotiate-lang.js';
import { graphql } from '../graphql/graphql-request.js';
import { useSeededApi } from '../rest/seeded-rest.js';

const t = useSeededApi();

describe('the language rule (core)', () => {
  it('takes any BCP 47 tag case-insensitively and matches it to a served language', () => {
    expect(['en', 'EN', 'en-US', 'En-gb', 'en-Latn-US'].map((tag) => LangTag.parse(tag))).toEqual(['en', 'en', 'en', 'en', 'en']);
    expect(['ja', 'JA', 'ja-JP', 'ja-JP-u-ca-japanese'].map((tag) => LangTag.parse(tag))).toEqual(['ja', 'ja', 'ja', 'ja']);
    expect(LangTag.parse('fr-CA')).toBeUndefined();
    expect(LangTag.safeParse('en_US').success).toBe(false);
    expect(LangTag.safeParse('<script>').success).toBe(false);
  });

  it('never picks a language Accept-Language refuses with q=0', () => {
    expect(negotiateLang({ acceptLanguage: 'ja;q=0' })).toBe('en');
    expect(negotiateLang({ acceptLanguage: 'fr, ja;q=0.0' })).toBe('en');
    expect(answerLangFor({ acceptLanguage: 'ja;q=0', question: 'ノードごとにPodを置きたい' }).lang).toBe('en');
    expect(negotiateLang({ acceptLanguage: 'en-US;q=0, ja;q=0.3' })).toBe('ja');
    expect(negotiateLang({ acceptLanguage: 'fr' })).toBe('ja');
  });
});

describe('every surface follows it', () => {
  it.each([
    ['en-US', 'en'],
    ['EN', 'en'],
    ['ja-JP', 'ja'],
    ['JA', 'ja'],
  ])('REST ?lang=%s answers in %s', async (tag, lang) => {
    const res = await t.api.get(`/resources/workloads/Pod?lang=${tag}`).expect(200);
    expect(res.headers['content-language']).toBe(lang);
    const search = await t.api.get(`/search?q=pod&lang=${tag}`).expect(200);
    expect(search.body.lang).toBe(lang);
  });

  it('REST ?lang= of a language not served falls back to Accept-Language, then ja; a malformed tag is a 400', async () => {
    expect((await t.api.get('/resources/workloads/Pod?lang=fr').set('Accept-Language', 'en').expect(200)).headers['content-language']).toBe('en');
    expect((await t.api.get('/resources/workloads/Pod?lang=fr').expect(200)).headers['content-language']).toBe('ja');
    await t.api.get('/resources/workloads/Pod?lang=e%20n').expect(400);
  });

  it('REST and GraphQL never answer ja to Accept-Language: ja;q=0', async () => {
    const res = await t.api.get('/resources/workloads/Pod').set('Accept-Language', 'ja;q=0').expect(200);
    expect(res.headers['content-language']).toBe('en');
    const answer = await graphql(t.seeded.app, '{ resource(name: "Pod") { summary } }', { headers: { 'accept-language': 'ja;q=0' } });
    expect(answer.headers['content-language']).toBe('en');
  });

  it('MCP tools take a BCP 47 lang argument', async () => {
    const res = await request(t.seeded.app)
      .post('/mcp')
      .set('Content-Type', 'application/json')
      .set('Accept', 'application/json, text/event-stream')
      .send({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'get_resource', arguments: { name: 'Pod', lang: 'en-US' } } })
      .expect(200);
    expect(res.body.result.isError).toBeFalsy();
    expect(res.body.result.structuredContent.displayName).toBe('Pod');
    expect(JSON.stringify(res.body.result.structuredContent)).not.toMatch(/[ぁ-ん]/);
  });
});
