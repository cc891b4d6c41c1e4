# The README's demo pipeline runs offline against the bundled replay servers.
source "$(dirname "$0")/lib.sh"
"$ROOT/scripts/run-demo.sh" "$SCOUT" "$REPLAY" "$WORK/demo" >"$WORK/out" 2>"$WORK/err" \
  || fail "demo failed: $(cat "$WORK/err")"
grep -q "127.0.0.1" "$WORK/out" || fail "demo config does not point at the replay servers"
[ -f "$WORK/demo/scout.db" ] || fail "demo made no database"
# The people the demo world was recorded with: three of them across GitHub, the Hub and arXiv.
grep -q "^person [0-9]*: José Martínez$" "$WORK/out" || fail "demo did not show José Martínez as one person: $(cat "$WORK/out")"
grep -A3 "^person [0-9]*: José Martínez$" "$WORK/out" | grep -q "github:jmartinez-nlp" || fail "José Martínez lacks his GitHub account"
grep -q "shared_paper (medium, names match)" "$WORK/out" || fail "demo explain shows no evidence"
# The demo ends with the ranked people and one person's score, signal by signal.
grep -q "^1\. .*(person [0-9]*)" "$WORK/out" || fail "demo shows no ranked people"
grep -q "^  signals of the overall score" "$WORK/out" || fail "demo explain shows no score"
# ... and writes the shortlist as HTML and CSV, saying where.
html="$WORK/demo/shortlist/shortlist.html"; csv="$WORK/demo/shortlist/shortlist.csv"
grep -qF "shortlist written: $html" "$WORK/out" || fail "demo did not say where the shortlist is: $(tail -3 "$WORK/out")"
grep -q "<table" "$html" || fail "demo HTML shortlist has no table"
head -c3 "$csv" | od -An -tx1 | grep -q "ef bb bf" || fail "demo CSV lacks the UTF-8 byte-order mark"
[ "$(grep -c "https://" "$csv")" -ge 3 ] || fail "demo CSV lists fewer than three people with profile links"
grep -q "NDCG@10" "$WORK/out" || fail "demo did not evaluate the weights against sample/labels.csv"
# ... then runs scout nightly twice, the world changing in between, and shows what changed.
[ "$(grep -c "^nightly: " "$WORK/out")" -eq 2 ] || fail "demo did not run scout nightly twice: $(cat "$WORK/out")"
grep -q "^# What changed on " "$WORK/out" || fail "demo did not show changes.md"
grep -q "^- Amara Okafor (person [0-9]*, #[0-9]*): new paper: 2611.04242 " "$WORK/out" || fail "demo changes.md lacks Amara Okafor's new paper"
grep -q "more commits: 150 commits to vllm-project/vllm (was 23)" "$WORK/out" || fail "demo changes.md lacks kwatanabe's commits"
echo "demo_offline: ok"
