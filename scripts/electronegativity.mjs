// Electronegativity over the main-process sources and the built app, as a
// backstop to the lint rules and tests/electron/securityChecklist.test.ts.
// It is unmaintained, so it runs pinned, offline and deterministically:
// - its online Electron release check (AvailableSecurityFixesGlobalCheck) is
//   excluded, and the Electron version is stated from node_modules;
// - its only other network use, a download of translations on every run, is
//   answered by a stub `got` that never opens a socket;
// - it ignores .cjs files, so the built main and preload are scanned as .js
//   copies, beside the built index.html (whose meta tag carries the CSP);
// - a file it cannot parse fails the step instead of being skipped silently.
// Every finding must be allow-listed, with its justification, in
// build/electronegativity.json; an allow-list entry nothing matches fails too,
// so the list never outlives the code it excuses.
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire, Module } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Stands in for `got`: a 404 makes the translation loader keep its bundled en-US strings. */
function offlineGot() {
  return Promise.resolve({ statusCode: 404, body: '{}', headers: {} });
}
offlineGot.head = offlineGot;
const originalLoad = Module._load;
Module._load = function load(request, ...rest) {
  return request === 'got' ? offlineGot : originalLoad.call(this, request, ...rest);
};
// babel-plugin-add-module-exports makes the CommonJS export the function itself.
const runModule = require('@doyensec/electronegativity');
const scan = runModule.default ?? runModule;

const electronVersion = JSON.parse(
  await readFile(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;
const allowList = JSON.parse(await readFile(path.join(root, 'build/electronegativity.json'), 'utf8')).allowed;

/** Copies the built app where Electronegativity will read it. */
async function stageBuiltApp() {
  const staged = await mkdtemp(path.join(tmpdir(), 'forkcast-electronegativity-'));
  const copies = [
    ['dist/electron/main.cjs', 'main.js'],
    ['dist/electron/preload.cjs', 'preload.js'],
    ['dist/renderer/index.html', 'index.html'],
  ];
  try {
    for (const [from, to] of copies) await copyFile(path.join(root, from), path.join(staged, to));
  } catch (error) {
    await rm(staged, { recursive: true, force: true });
    throw new Error(
      `The built app is missing (${error.message}): run npm run build:renderer and build:electron first.`,
    );
  }
  return staged;
}

async function findings(target, input) {
  const result = await scan(
    {
      input,
      customScan: [],
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      isRelative: true,
      isVerbose: true,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );
  const unparsed = result.errors.filter((error) => !error.tolerable);
  if (unparsed.length > 0) {
    throw new Error(`Electronegativity could not parse: ${unparsed.map((e) => `${e.file} (${e.message})`).join(', ')}`);
  }
  return result.issues.map((issue) => ({
    target,
    check: issue.id,
    file: issue.file.split(path.sep).join('/'),
    line: issue.location.line,
    description: issue.description,
  }));
}

const staged = await stageBuiltApp();
let all;
try {
  all = [...(await findings('electron', path.join(root, 'electron'))), ...(await findings('built', staged))];
} finally {
  await rm(staged, { recursive: true, force: true });
}

const matches = (allowed, finding) =>
  allowed.target === finding.target && allowed.check === finding.check && allowed.file === finding.file;
const unexpected = all.filter((finding) => !allowList.some((allowed) => matches(allowed, finding)));
const stale = allowList.filter((allowed) => !all.some((finding) => matches(allowed, finding)));
const unjustified = allowList.filter((allowed) => typeof allowed.why !== 'string' || allowed.why.length < 20);

for (const finding of unexpected) {
  console.error(`✗ ${finding.check} in ${finding.target}/${finding.file}:${finding.line}: ${finding.description}`);
}
for (const allowed of stale) console.error(`✗ allow-listed but no longer found: ${JSON.stringify(allowed)}`);
for (const allowed of unjustified) console.error(`✗ allow-listed without a justification: ${JSON.stringify(allowed)}`);
if (unexpected.length + stale.length + unjustified.length > 0) {
  console.error('Electronegativity: fix the code, or justify the finding in build/electronegativity.json.');
  process.exit(1);
}
console.log(
  `Electronegativity ${require('@doyensec/electronegativity/package.json').version} (Electron ${electronVersion}): ` +
    `${all.length} finding(s), each allow-listed with a justification in build/electronegativity.json.`,
);
