// `npm start` ends with its process: kill -TERM of npm's own PID frees the port within 2 s (npm runs
// the toolchain's command directly, and serve stops on the signal npm passes on, or when npm is gone).
import { spawn } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/** True once something can listen on the port again. */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

jest.setTimeout(20_000);

it('kill -TERM of npm start’s PID frees the port within 2 s', async () => {
  const npm = spawn('npm', ['start', '--', '--port', '0'], { cwd: ROOT });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    npm.stdout.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const m = /sGTM preview: (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    npm.on('exit', () => reject(new Error(`npm start ended: ${out}`)));
  });
  const port = Number(new URL(url).port);
  expect(await portFree(port)).toBe(false);
  process.kill(npm.pid!, 'SIGTERM');
  const killedAt = Date.now();
  let free = false;
  while (!free && Date.now() - killedAt < 2000) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    free = await portFree(port);
  }
  expect(free).toBe(true);
});
