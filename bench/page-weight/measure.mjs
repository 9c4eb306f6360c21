// The portal's pages as a phone on a slow connection gets them: Chromium (Debian's, over the DevTools protocol) with
// DevTools' network throttling, an empty cache, a first page and then a second; then the demo citizen signs in and
// opens their account page.
//   node --experimental-websocket bench/page-weight/measure.mjs http://127.0.0.1:5196 [first] [second]
// Prints a Markdown table: for each connection and page, the load time, the bytes on the wire, and what the browser
// asked of the portal (a 304 is a file it checked; a file taken from its cache asks nothing).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, first = '/', second = '/accessibility'] = process.argv.slice(2);
// DevTools' presets ("Slow 3G" and "Fast 3G", Chromium's network throttling: latency, bytes a second).
const connections = [
  { name: 'Slow 3G', latency: 2000, downloadThroughput: 500 * 1000 / 8 * 0.8, uploadThroughput: 500 * 1000 / 8 * 0.8 },
  { name: 'Fast 3G', latency: 562.5, downloadThroughput: 1.6 * 1000 * 1000 / 8 * 0.9, uploadThroughput: 750 * 1000 / 8 * 0.9 },
];
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

async function browse(connection) {
  const profile = mkdtempSync(join(tmpdir(), 'dp-weight-'));
  const port = 9300 + Math.floor(Math.random() * 600);
  const chromium = spawn('/usr/bin/chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
  try {
    let targets;
    for (let i = 0; i < 100 && !targets; i++) {
      try { targets = await (await fetch(`http://127.0.0.1:${port}/json`)).json(); } catch { await sleep(100); }
    }
    const socket = new WebSocket(targets.find(t => t.type === 'page').webSocketDebuggerUrl);
    await new Promise(resolve => socket.addEventListener('open', resolve));
    let next = 0; const waiting = new Map(); let events = [];
    socket.addEventListener('message', message => {
      const m = JSON.parse(message.data);
      if (m.id && waiting.has(m.id)) { waiting.get(m.id)(m.result); waiting.delete(m.id); } else events.push(m);
    });
    const send = (method, params = {}) => new Promise(resolve => { const id = ++next; waiting.set(id, resolve); socket.send(JSON.stringify({ id, method, params })); });
    await send('Page.enable'); await send('Network.enable'); await send('Runtime.enable');
    const { name, ...throttle } = connection;
    await send('Network.emulateNetworkConditions', { offline: false, ...throttle });

    const loaded = async () => { for (let i = 0; i < 1200 && !events.some(e => e.method === 'Page.loadEventFired'); i++) await sleep(25); };
    const evaluate = async expression => (await send('Runtime.evaluate', { expression })).result.value;
    const rows = [];
    for (const [visit, path] of [['first visit, empty cache', first], ['next page', second], ['signed in: the account page', null]]) {
      if (path === null) {
        // The demo citizen signs in through the form (the portal's Secure cookies are kept for a loopback address).
        events = [];
        await send('Page.navigate', { url: base + '/account/sign-in' });
        await loaded();
        events = [];
        await evaluate(`document.querySelector('#Email').value = 'citizen@example.org';
          document.querySelector('#Password').value = 'Demo-Passw0rd!';
          document.querySelector('#Password').form.submit();`);
        await loaded();
        events = [];
        await send('Page.navigate', { url: base + '/citizen' });
        await loaded();
        // The citizen's first case (the demo's Alex, whose direct payment has been paid) and its account page.
        const caseAddress = await evaluate(`[...document.querySelectorAll('a')].map(a => a.getAttribute('href')).find(h => /^\\/citizen\\/cases\\/[0-9a-f-]{36}$/.test(h ?? ''))`);
        if (!caseAddress) throw new Error(`The signed-in citizen's page (${await evaluate('location.href')}) links to no case`);
        const account = `${caseAddress}/account`;
        await sleep(500);
        rows.push(...await measure('signed in: the account page', account));
        continue;
      }
      rows.push(...await measure(visit, path));
    }
    socket.close();
    return rows;

    async function measure(visit, path) {
      const rows = [];
      events = [];
      const started = Date.now();
      await send('Page.navigate', { url: base + path });
      await loaded();
      const load = (Date.now() - started) / 1000;
      await sleep(500); // the favicon, asked for after the load
      const enhanced = await evaluate("document.body.classList.contains('govuk-frontend-supported')");
      const cached = new Set(events.filter(e => e.method === 'Network.requestServedFromCache').map(e => e.params.requestId));
      const asked = events.filter(e => e.method === 'Network.responseReceived' && !cached.has(e.params.requestId));
      const bytes = events.filter(e => e.method === 'Network.loadingFinished').reduce((sum, e) => sum + e.params.encodedDataLength, 0);
      const errors = events.filter(e => e.method === 'Runtime.exceptionThrown').length;
      const shown = path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/, '{case}');
      rows.push(`| ${name} | ${visit} (${shown}) | ${load.toFixed(2)} | ${(bytes / 1024).toFixed(1)} | ${asked.map(e => `${e.params.response.status} ${new URL(e.params.response.url).pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/, '{case}')}`).join(', ')} | ${cached.size} | ${enhanced ? 'yes' : 'NO'}${errors ? `, ${errors} script errors` : ''} |`);
      return rows;
    }
  } finally {
    chromium.kill();
    await sleep(200);
    rmSync(profile, { recursive: true, force: true });
  }
}

console.log('| Connection | Page | Load (s) | KB on the wire | Asked of the portal | From the cache | Scripts started |');
console.log('|---|---|---|---|---|---|---|');
for (const connection of connections) {
  for (const row of await browse(connection)) console.log(row);
}
