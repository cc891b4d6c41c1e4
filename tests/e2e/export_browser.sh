# The HTML shortlist in a real browser (Debian's headless Chromium, driven by playwright-core
# from npm): the table renders, sorts on a header click, a candidate expands to the signal
# chart, and no injected script runs. Installs Chromium and playwright-core when missing;
# exits 77 (skipped, with the reason) only where they cannot be installed. The screenshot is
# kept as a test artefact in the build folder (browser-test/shortlist.png).
source "$(dirname "$0")/lib.sh"

artefacts="$(cd "$(dirname "$SCOUT")/.." && pwd)/browser-test"
mkdir -p "$artefacts"
skip() { echo "SKIP: $*" >&2; exit 77; }

if ! command -v chromium >/dev/null; then
  sudo_cmd=(); [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo -n)
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >"$WORK/apt.log" 2>&1 \
    || skip "Chromium is not installed and apt-get could not install it: $(tail -2 "$WORK/apt.log")"
fi
command -v node >/dev/null || skip "node is not installed (needed to drive Chromium)"
if [ ! -d "$artefacts/node_modules/playwright-core" ]; then
  npm install --silent --no-audit --no-fund --prefix "$artefacts" playwright-core@1 >"$WORK/npm.log" 2>&1 \
    || skip "npm could not install playwright-core: $(tail -2 "$WORK/npm.log")"
fi

# A ranked database written by hand: three people, one whose profile is hostile.
expect_exit 0 "$SCOUT" init --db "$WORK/x.db"
sqlite3 "$WORK/x.db" <<'SQL'
INSERT INTO accounts (id, source, handle, kind, display_name, first_seen_at, updated_at) VALUES
  (1, 'github', 'ana-ml', 'user', 'Ana', 'x', 'x'), (2, 'github', 'bo', 'user', 'Bo', 'x', 'x'),
  (3, 'github', 'mallory', 'user', 'm', 'x', 'x');
INSERT INTO github_profiles (account_id, location, fetched_at) VALUES
  (1, 'London', 'x'), (2, 'Paris', 'x'), (3, '<img src=x onerror="window.pwned=1">', 'x');
INSERT INTO people (id, display_name, created_at, updated_at) VALUES
  (10, 'Ana', 'x', 'x'), (20, 'Bo', 'x', 'x'), (30, '<script>window.pwned=1</script>Mallory', 'x', 'x');
INSERT INTO person_accounts (account_id, person_id) VALUES (1, 10), (2, 20), (3, 30);
INSERT INTO ranking_runs (id, created_at) VALUES (1, '2026-11-20T00:00:00Z');
INSERT INTO scores (run_id, person_id, total, rank, specialization) VALUES
  (1, 10, 9, 1, 'inference'), (1, 20, 6, 2, 'rag'), (1, 30, 3, 3, 'agents');
INSERT INTO specialisation_scores (run_id, person_id, specialisation, score) VALUES
  (1, 10, 'inference', 9), (1, 20, 'rag', 6), (1, 30, 'agents', 3);
INSERT INTO score_components (run_id, person_id, signal, value, weight, contribution, explanation) VALUES
  (1, 10, 'contributions', 412, 3, 7, '412 commits to acme/serve'), (1, 10, 'papers', 2, 2, 2, '2 cs.CL papers'),
  (1, 30, 'own_repos', 1, 1, 3, '<svg onload="window.pwned=1">');
INSERT INTO score_evidence (run_id, person_id, signal, position, description, url) VALUES
  (1, 10, 'contributions', 0, 'acme/serve', 'https://github.com/acme/serve'),
  (1, 30, 'own_repos', 0, 'click me', 'javascript:window.pwned=1');
SQL
expect_exit 0 "$SCOUT" export --db "$WORK/x.db" --format html --out "$artefacts/shortlist.html"

cat >"$WORK/check.js" <<'JS'
const { chromium } = require(process.argv[2] + '/node_modules/playwright-core');
(async () => {
  const browser = await chromium.launch({ executablePath: require('child_process').execSync('command -v chromium', { shell: '/bin/sh' }).toString().trim(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems = [];
  page.on('dialog', d => { problems.push('a dialog opened: ' + d.message()); d.dismiss(); });
  page.on('pageerror', e => problems.push('page error: ' + e.message));
  await page.goto('file://' + process.argv[3]);
  const names = async () => page.$$eval('tr.person td:nth-child(3)', cells => cells.map(c => c.textContent));
  const before = await names();
  if (before.length !== 3 || before[0] !== 'Ana') problems.push('table did not render as ranked: ' + JSON.stringify(before));
  if (!before[2].includes('<script>')) problems.push('the hostile name is not shown as text: ' + before[2]);
  await page.click('th[data-col="1"]');  // score, ascending
  const sorted = await names();
  if (sorted[0] === 'Ana' || sorted[2] !== 'Ana') problems.push('clicking score did not sort: ' + JSON.stringify(sorted));
  await page.click('th[data-col="1"]');  // and back
  if ((await names())[0] !== 'Ana') problems.push('a second click did not reverse the sort');
  const details = page.locator('tr.details').first();
  if (await details.isVisible()) problems.push('details visible before a click');
  await page.click('tr.person >> nth=0 >> button.expand');
  if (!(await details.isVisible())) problems.push('clicking the name did not expand the candidate');
  if ((await details.locator('svg rect').count()) !== 2) problems.push('the signal chart lacks its two bars');
  await page.click('tr.person >> nth=2 >> button.expand');
  const hrefs = await page.$$eval('a', links => links.map(a => a.getAttribute('href')));
  if (hrefs.some(h => /^\s*javascript:/i.test(h))) problems.push('a javascript: URL became a link');
  if (await page.evaluate(() => window.pwned)) problems.push('an injected script ran');
  await page.screenshot({ path: process.argv[2] + '/shortlist.png', fullPage: true });
  await browser.close();
  if (problems.length) { console.error(problems.join('\n')); process.exit(1); }
})().catch(e => { console.error(e); process.exit(1); });
JS
node "$WORK/check.js" "$artefacts" "$artefacts/shortlist.html" || fail "browser check failed (page: $artefacts/shortlist.html)"
echo "export_browser: ok (screenshot: $artefacts/shortlist.png)"
