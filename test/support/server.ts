import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/** `npm start` as a real child process, for the tests that check the local product as a user runs it. */
export interface RunningServer {
  port: number;
  url: string;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** `startupMs` bounds the first start, which seeds the demo data (slow on a busy machine) and builds the portal. */
export async function startServer(dataDir: string, port?: number, options: { startupMs?: number } = {}): Promise<RunningServer> {
  const chosenPort = port ?? (await freePort());
  const root = resolve(import.meta.dirname, '../..');
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(chosenPort), DATA_DIR: dataDir };
  // The test run's own stack must not leak into the child: it starts its own, as `npm start` does.
  for (const name of ['DYNAMODB_ENDPOINT', 'S3_ENDPOINT', 'CURSOR_SECRET', 'LOCAL_JWT_PRIVATE_KEY', 'TABLE_NAME', 'BUCKET_NAME', 'VITEST', 'NODE_OPTIONS']) {
    delete env[name];
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${chosenPort}`;
  // Seeding a new store takes a while, longer when the machine is busy running other suites.
  const deadline = Date.now() + (options.startupMs ?? 240_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited early (${child.exitCode}):\n${output}`);
    try {
      const health = await fetch(`${url}/api/health`);
      if (health.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`npm start did not come up:\n${output}`);
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  return {
    port: chosenPort,
    url,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return child.exitCode;
      const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
      child.kill('SIGINT');
      return exited;
    },
  };
}

export async function loginOver(url: string, email: string, password: string): Promise<{ status: number; token?: string; body: any }> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = await response.json();
  return { status: response.status, token: body.token, body };
}

export async function getOver(url: string, path: string, token: string): Promise<any> {
  const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return response.json();
}
