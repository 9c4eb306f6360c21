// Starts the GOV.UK Frontend components (error summary focus, radios and checkboxes,
// notification banners, service navigation menu, double-click prevention, ...).
//
// Loaded by the layout as <script type="module">, so it runs only in browsers that support
// ES modules, which are the browsers GOV.UK Frontend supports. The Content-Security-Policy
// allows no inline script, so the classes that GOV.UK's page template sets with an inline
// script are set here instead.
import { initAll } from '/lib/govuk/govuk-frontend.min.js';
import { followJobs } from '/js/job-progress.mjs';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
followJobs();
