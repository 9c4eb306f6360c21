// Builds the GOV.UK Frontend output that the site serves from wwwroot:
//   wwwroot/css/app.css                 our Sass (Frontend/styles/app.scss), compiled with the
//                                       council's settings: Arial, no GDS Transport font
//   wwwroot/lib/govuk/govuk-frontend.min.js (+ .map)  the GOV.UK Frontend ES module
//   wwwroot/assets/images/...           only the images that the compiled CSS refers to (from GOV.UK
//                                       Frontend or MOJ Frontend), less the crown (a council must not use it)
// Run by Frontend/frontend.targets before every dotnet build (incrementally), or by hand:
//   npm ci && npm run build
// The output is generated: it is in .gitignore and must never be committed.

import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as sass from 'sass';

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const nodeModules = join(projectDir, 'node_modules');
const govukDist = join(nodeModules, 'govuk-frontend', 'dist', 'govuk');
const mojDist = join(nodeModules, '@ministryofjustice', 'frontend', 'moj');
const wwwroot = join(projectDir, 'wwwroot');

// Images the CSS may refer to but that this service must never show.
// govuk-crest.svg is the royal coat of arms used for Crown copyright in the GOV.UK footer.
const forbiddenImages = new Set(['govuk-crest.svg']);

function write(file, contents) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, contents);
}

function copy(from, to) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}

function show(file) {
  return relative(projectDir, file).split('\\').join('/');
}

if (!existsSync(govukDist)) {
  console.error(`build.mjs: ${show(govukDist)} is missing: run "npm ci" in ${projectDir} first.`);
  process.exit(1);
}

// 1. Styles.
const cssFile = join(wwwroot, 'css', 'app.css');
const result = sass.compile(join(projectDir, 'Frontend', 'styles', 'app.scss'), {
  // The project folder too: MOJ Frontend loads GOV.UK Frontend as "node_modules/govuk-frontend/...".
  loadPaths: [nodeModules, projectDir],
  style: 'compressed',
  // Deprecation warnings from inside govuk-frontend are theirs to fix, not ours.
  quietDeps: true,
});
const css = result.css;

// The GOV.UK brand must not leak into a council's service.
if (/GDS Transport/i.test(css) || /\/fonts\//.test(css)) {
  console.error('build.mjs: the compiled CSS still refers to the GDS Transport font; check $govuk-font-family in Frontend/styles/app.scss.');
  process.exit(1);
}
write(cssFile, `${css}\n`);

// 2. Images: only those that the compiled CSS refers to (url(/assets/images/NAME)).
const imagesOut = join(wwwroot, 'assets', 'images');
rmSync(join(wwwroot, 'assets'), { recursive: true, force: true });
const referenced = new Set([...css.matchAll(/url\(["']?\/assets\/images\/([^"')?#]+)/g)].map((m) => m[1]));
const copied = [];
for (const name of [...referenced].sort()) {
  if (forbiddenImages.has(name)) {
    continue;
  }
  const from = [govukDist, mojDist].map((dist) => join(dist, 'assets', 'images', name)).find(existsSync);
  if (!from) {
    console.error(`build.mjs: the CSS refers to /assets/images/${name}, which neither govuk-frontend nor MOJ Frontend ships.`);
    process.exit(1);
  }
  copy(from, join(imagesOut, name));
  copied.push(name);
}

// 3. Scripts: the GOV.UK Frontend ES module, loaded by wwwroot/js/app.mjs.
const jsOut = join(wwwroot, 'lib', 'govuk');
rmSync(jsOut, { recursive: true, force: true });
copy(join(govukDist, 'govuk-frontend.min.js'), join(jsOut, 'govuk-frontend.min.js'));
copy(join(govukDist, 'govuk-frontend.min.js.map'), join(jsOut, 'govuk-frontend.min.js.map'));

const version = JSON.parse(readFileSync(join(nodeModules, 'govuk-frontend', 'package.json'), 'utf8')).version;
console.log(
  `build.mjs: govuk-frontend ${version} -> ${show(cssFile)} (${Math.round(css.length / 1024)} KiB), ` +
    `${show(join(jsOut, 'govuk-frontend.min.js'))}, images: ${copied.length ? copied.join(', ') : 'none needed'}.`,
);
