# The README's demo pipeline runs offline against the bundled replay servers.
source "$(dirname "$0")/lib.sh"
"$ROOT/scripts/run-demo.sh" "$SCOUT" "$REPLAY" "$WORK/demo" >"$WORK/out" 2>"$WORK/err" \
  || fail "demo failed: $(cat "$WORK/err")"
grep -q "127.0.0.1" "$WORK/out" || fail "demo config does not point at the replay servers"
[ -f "$WORK/demo/scout.db" ] || fail "demo made no database"
echo "demo_offline: ok"
