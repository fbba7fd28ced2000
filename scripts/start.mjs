#!/usr/bin/env node
// `npm start`: run the Claimdesk desktop app (electron-vite preview = build, then run).
// `npm run dev`: the same with the renderer dev server and hot reload (electron-vite dev).
//
// Electron >= 45 ships no install script: its binary is downloaded on first use
// (node_modules/electron/index.js runs install.js when `require('electron')` finds no
// binary). electron-vite does not trigger that download — it only reads
// node_modules/electron/path.txt and fails with "Electron uninstall" — so this launcher
// runs Electron's own installer first when the binary is missing, and when that cannot
// work (offline, blocked, ELECTRON_SKIP_BINARY_DOWNLOAD) says so and points to the web build.
//
// Usage: node scripts/start.mjs [--dev] [electron-vite options, e.g. --noSandbox]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { platform } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const argv = process.argv.slice(2);
const dev = argv.includes('--dev');
const passThrough = argv.filter((a) => a !== '--dev');

function say(lines) {
  process.stderr.write(`${lines.join('\n')}\n`);
}

function resolvePackageDir(name) {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
}

/** Where Electron's installer puts the executable on this OS (mirrors node_modules/electron/install.js). */
function platformExecutable() {
  const os = process.env.ELECTRON_INSTALL_PLATFORM || process.env.npm_config_platform || platform();
  if (os === 'darwin' || os === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (os === 'win32') return 'electron.exe';
  return 'electron';
}

/** The Electron executable if it is installed for this package version, else undefined (same test as install.js's isInstalled). */
function installedElectron(electronDir, version) {
  if (process.env.ELECTRON_EXEC_PATH) {
    return existsSync(process.env.ELECTRON_EXEC_PATH) ? process.env.ELECTRON_EXEC_PATH : undefined;
  }
  try {
    const distVersion = readFileSync(join(electronDir, 'dist', 'version'), 'utf8')
      .trim()
      .replace(/^v/, '');
    const pathTxt = readFileSync(join(electronDir, 'path.txt'), 'utf8');
    if (distVersion !== version || pathTxt !== platformExecutable()) return undefined;
    const executable = process.env.ELECTRON_OVERRIDE_DIST_PATH
      ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, pathTxt)
      : join(electronDir, 'dist', pathTxt);
    return existsSync(executable) ? executable : undefined;
  } catch {
    return undefined;
  }
}

function cannotStart(version, reason) {
  say([
    '',
    `Claimdesk desktop cannot start: the Electron ${version} binary is not installed on this machine.`,
    `  Why: ${reason}`,
    '  Electron downloads its binary (~100 MB, from github.com or ELECTRON_MIRROR) on first start;',
    '  on a machine with internet access `npm start` does that by itself.',
    '  To fetch it by hand: `node node_modules/electron/install.js` (proxy: ELECTRON_GET_USE_PROXY=1 with HTTPS_PROXY; mirror: ELECTRON_MIRROR).',
    '',
    'Use Claimdesk in the browser instead (same app, same data model):',
    '  npm run web        then open http://localhost:5173',
    '',
  ]);
  process.exit(1);
}

const electronDir = resolvePackageDir('electron');
const electronViteDir = resolvePackageDir('electron-vite');
if (!electronDir || !electronViteDir) {
  say([
    `Claimdesk desktop cannot start: the ${electronDir ? 'electron-vite' : 'electron'} package is not installed. Run \`npm install\` first.`,
  ]);
  process.exit(1);
}
const version = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;

let executable = installedElectron(electronDir, version);
if (!executable) {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    cannotStart(version, 'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it is not downloaded.');
  }
  say([
    `Electron ${version} binary not found; downloading it once (this is what \`require('electron')\` does on first use)…`,
  ]);
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit' });
  executable = installedElectron(electronDir, version);
  if (!executable) {
    const how = install.error
      ? install.error.message
      : `the download failed (installer exit code ${install.status ?? install.signal})`;
    cannotStart(version, `${how}; see the installer output above.`);
  }
}

const electronViteBin = join(
  electronViteDir,
  JSON.parse(readFileSync(join(electronViteDir, 'package.json'), 'utf8')).bin['electron-vite'],
);
const child = spawn(process.execPath, [electronViteBin, dev ? 'dev' : 'preview', ...passThrough], {
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_EXEC_PATH: executable },
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}
child.on('error', (error) => {
  say([`Claimdesk desktop: could not run electron-vite: ${error.message}`]);
  process.exit(1);
});
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
