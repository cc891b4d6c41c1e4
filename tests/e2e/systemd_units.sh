# The shipped systemd units pass `systemd-analyze verify` without a warning, keep their
# hardening, and the crontab example runs the same command line. Exit 77 (skipped) only
# where systemd-analyze is absent or cannot run here.
source "$(dirname "$0")/lib.sh"
UNITS="$ROOT/scripts/systemd"

if ! command -v systemd-analyze >/dev/null; then
  echo "SKIP: systemd-analyze is not installed (apt-get install systemd); units not verified" >&2
  exit 77
fi
if ! systemd-analyze --version >/dev/null 2>&1; then
  echo "SKIP: systemd-analyze cannot run in this environment; units not verified" >&2
  exit 77
fi

# verify insists that ExecStart's binary exists: point it at the scout just built.
mkdir "$WORK/units"
sed "s#/usr/local/bin/scout #$SCOUT #" "$UNITS/scout-nightly.service" >"$WORK/units/scout-nightly.service"
cp "$UNITS/scout-nightly.timer" "$WORK/units/"
grep -qF "ExecStart=$SCOUT nightly" "$WORK/units/scout-nightly.service" || fail "ExecStart does not run scout nightly"
(cd "$WORK/units" && systemd-analyze verify --man=no scout-nightly.service scout-nightly.timer) >"$WORK/verify.log" 2>&1 \
  || fail "systemd-analyze verify: $(cat "$WORK/verify.log")"
# verify only warns about unknown keys and bad values; a warning here is a typo there.
[ ! -s "$WORK/verify.log" ] || fail "systemd-analyze verify warned: $(cat "$WORK/verify.log")"

# The options the issue asks for, each on its own line (a comment mentioning one is not enough).
for line in "User=scout" "Persistent=true" "NoNewPrivileges=yes" "ProtectSystem=strict" "ProtectHome=yes" \
            "PrivateTmp=yes" "StateDirectory=scout" "StandardError=journal" "EnvironmentFile=/etc/scout/tokens.env"; do
  grep -qx "$line" "$UNITS/scout-nightly.service" "$UNITS/scout-nightly.timer" || fail "units lack the line $line"
done
grep -qE '^RandomizedDelaySec=[1-9]' "$UNITS/scout-nightly.timer" || fail "timer has no randomised delay"
# StateDirectory is the only writable path: no ReadWritePaths= may widen it.
! grep -qE '^(ReadWritePaths|BindPaths)=' "$UNITS/scout-nightly.service" || fail "service widens its writable paths"
# Every path scout writes (database, exports) is under the state directory.
grep -E '^ExecStart=' "$UNITS/scout-nightly.service" | grep -oE -- '--(db|export-dir) [^ ]+' | while read -r _ path; do
  case "$path" in /var/lib/scout/*) ;; *) fail "ExecStart writes $path outside /var/lib/scout" ;; esac
done

# systemd's own score of the sandbox (0 = locked down, 10 = none); the unit scores 1.8 today.
if systemd-analyze security --offline=yes --threshold=25 "$WORK/units/scout-nightly.service" >"$WORK/security.log" 2>&1; then
  :
else
  grep -q "Overall exposure level" "$WORK/security.log" \
    && fail "service exposure above 2.5: $(tail -3 "$WORK/security.log")"
  echo "note: systemd-analyze security --offline is unavailable here; exposure not scored" >&2
fi

# The crontab line: five time fields, % escaped for cron, and the service's scout arguments.
cron_line=$(grep -E '^[0-9*]' "$ROOT/scripts/crontab.example")
[ "$(echo "$cron_line" | wc -l)" -eq 1 ] || fail "crontab.example should have exactly one job line"
! echo "$cron_line" | sed 's/\\%//g' | grep -q '%' || fail "crontab line has an unescaped % (cron reads it as a line break)"
service_args=$(grep -E '^ExecStart=' "$UNITS/scout-nightly.service" | sed 's#^ExecStart=/usr/local/bin/scout ##')
echo "$cron_line" | grep -qF "scout $service_args" || fail "crontab runs other arguments than the service: $cron_line"
echo "systemd units verified, crontab line checked"
