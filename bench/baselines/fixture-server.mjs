// A baseline for `npm run bench`: answers each scenario's recorded request with the exact status,
// headers and body kubedex gave it, from bare node:http (`node`, the ceiling) or bare Express 5
// (`express`, the framework's cost). Plain .mjs, one process each. Prints `listening <port>`.
//   node bench/baselines/fixture-server.mjs node|express fixtures.json
import fs from 'node:fs';
import http from 'node:http';
import express from 'express';

const [kind, file] = process.argv.slice(2);
/** @type {{ method: string, url: string, conditional: boolean, status: number, headers: [string, string][], body: string }[]} */
const fixtures = JSON.parse(fs.readFileSync(file, 'utf8'));
const answers = new Map(
  fixtures.map((f) => [`${f.method} ${f.url} ${f.conditional}`, { status: f.status, headers: f.headers, body: Buffer.from(f.body, 'base64') }]),
);
const find = (req) => answers.get(`${req.method} ${req.url} ${req.headers['if-none-match'] !== undefined}`);

let server;
if (kind === 'node') {
  server = http.createServer((req, res) => {
    // The body of a POST is read, as any server must before it answers.
    req.resume();
    req.on('end', () => {
      const answer = find(req);
      if (!answer) return void res.writeHead(404).end();
      res.writeHead(answer.status, answer.headers.flat());
      res.end(answer.body);
    });
  });
} else if (kind === 'express') {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(express.raw({ type: '*/*' }));
  app.use((req, res) => {
    const answer = find(req);
    if (!answer) return void res.status(404).end();
    for (const [name, value] of answer.headers) res.set(name, value);
    res.status(answer.status).end(answer.body);
  });
  server = http.createServer(app);
} else {
  console.error(`unknown baseline "${kind}"`);
  process.exit(2);
}
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
