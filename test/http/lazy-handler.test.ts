import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { lazyHandler } from '../../src/http/lazy-handler.js';

describe('lazyHandler', () => {
  it('builds the handler once, on the first request, for every request that arrives while it is built', async () => {
    let builds = 0;
    const app = express();
    app.use(
      '/later',
      lazyHandler(async () => {
        builds++;
        await new Promise((resolve) => setImmediate(resolve));
        return (_req, res) => void res.send('built');
      }),
    );
    expect(builds).toBe(0);
    const answers = await Promise.all([request(app).get('/later'), request(app).get('/later'), request(app).get('/later')]);
    expect(answers.map((answer) => answer.text)).toEqual(['built', 'built', 'built']);
    await request(app).get('/later').expect(200, 'built');
    expect(builds).toBe(1);
  });

  it('passes a failed build to the error handler and builds again on the next request', async () => {
    let builds = 0;
    const app = express();
    app.use(
      '/later',
      lazyHandler(async () => {
        builds++;
        if (builds === 1) throw new Error('first build fails');
        return (_req, res) => void res.send('built');
      }),
    );
    app.use(((error, _req, res, _next) => void res.status(500).send((error as Error).message)) as express.ErrorRequestHandler);
    await request(app).get('/later').expect(500, 'first build fails');
    await request(app).get('/later').expect(200, 'built');
    expect(builds).toBe(2);
  });
});
