// A background job's page follows the job without reloading: every two seconds it asks how far the job has got,
// moves the progress bar and says it in words (a status region, so screen readers hear it), and once the job has
// finished it reloads to show how it ended. Without this script the page's refresh link does the same.
const INTERVAL = 2000;

export function followJobs(root = document) {
  const panel = root.querySelector('[data-job-progress]');
  if (!panel) return;
  const url = panel.getAttribute('data-job-progress');
  const bar = panel.querySelector('progress');
  const words = panel.querySelector('[data-job-words]');

  const poll = async () => {
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' });
      if (response.ok) {
        const job = await response.json();
        if (job.finished) {
          window.location.reload();
          return;
        }
        if (bar && job.total > 0) {
          bar.max = job.total;
          bar.value = job.done;
        }
        if (words && words.textContent !== job.words) words.textContent = job.words;
      }
    } catch {
      // A moment without the network: try again at the next tick.
    }
    window.setTimeout(poll, INTERVAL);
  };
  window.setTimeout(poll, INTERVAL);
}
