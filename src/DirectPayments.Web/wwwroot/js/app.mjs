// Starts the GOV.UK Frontend components (error summary focus, radios and checkboxes,
// notification banners, service navigation menu, double-click prevention, ...).
//
// Loaded by the layout as <script type="module">, so it runs only in browsers that support
// ES modules, which are the browsers GOV.UK Frontend supports. The Content-Security-Policy
// allows no inline script, so the classes that GOV.UK's page template sets with an inline
// script are set here instead.
//
// The modules are imported from the addresses the layout preloads them by, which carry each file's hash: a browser
// keeps them for a year and a new release changes the address. A static import could name only the plain address,
// which a browser must check with the portal on every page (a round trip, seconds on a slow phone connection).
const module = name => import(document.querySelector(`link[rel="modulepreload"][data-app-module="${name}"]`).href);

Promise.all([module('govuk-frontend'), module('job-progress')]).then(([{ initAll }, { followJobs }]) => {
  document.body.classList.add('js-enabled', 'govuk-frontend-supported');
  initAll();
  followJobs();
});
