// Loads the Firefox build into Debian's firefox-esr (headless, a fresh profile) as a temporary add-on and
// waits for the background to say it is ready. Exits 0 when it does, 1 when it does not within the time limit.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const SOURCE_DIR = '.output/firefox-mv3';
if (!existsSync(`${SOURCE_DIR}/manifest.json`)) {
  console.error(
    `No Firefox build in ${SOURCE_DIR}. Run "npm run build:firefox" first (npm run test:firefox builds, then runs this).`,
  );
  process.exit(1);
}

const firefox = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
if (!firefox) {
  console.error('Firefox not found. Install it (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.');
  process.exit(1);
}
const READY = 'Account Lens: background ready';

function withoutFakeClock(env) {
  const { LD_PRELOAD: _preload, FAKETIME: _faketime, ...rest } = env;
  return rest;
}
const LIMIT_MS = 90_000;

const run = spawn(
  'npx',
  [
    'web-ext',
    'run',
    '--source-dir',
    SOURCE_DIR,
    `--firefox=${firefox}`,
    '--no-input',
    '--no-reload',
    '--verbose',
    '--arg=-headless',
    // Send the extension's console to stdout, where this script can read it.
    '--pref=devtools.console.stdout.content=true',
    '--pref=datareporting.policy.dataSubmissionEnabled=false',
    '--pref=app.update.enabled=false',
  ],
  // Firefox does not start under libfaketime (used to run the suite with the clock moved): this run only checks that
  // the add-on starts, which no date affects, so it gets the real clock.
  { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: withoutFakeClock(process.env) },
);
let installed = false;
const finish = (ok, why) => {
  console.log(ok ? `Firefox smoke: 1 passed, 0 failed (${why})` : `Firefox smoke: 0 passed, 1 failed (${why})`);
  try {
    process.kill(-run.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  process.exit(ok ? 0 : 1);
};
const timer = setTimeout(
  () =>
    finish(false, installed ? 'installed, but the background never said it was ready' : 'the add-on was not installed'),
  LIMIT_MS,
);
const read = (chunk) => {
  const text = String(chunk);
  if (text.includes('as a temporary add-on')) installed = true;
  if (text.includes(READY)) {
    clearTimeout(timer);
    finish(true, `installed in ${firefox} and the background started`);
  }
};
run.stdout.on('data', read);
run.stderr.on('data', read);
run.on('exit', (code) => finish(false, `web-ext exited with ${code} before the background was ready`));
