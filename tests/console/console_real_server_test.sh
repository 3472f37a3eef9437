#!/usr/bin/env bash
# console.pages.real: the console's browser flow (console_pages_test.py)
# against the real `lantian serve`, on a store filled by a real sweep of the
# mock platforms (tests/data/mock: shop 127.0.0.2, forum 127.0.0.3, search
# 127.0.0.4), with an officer account and a signing key. Nothing reviewed
# beforehand, so every finding is new. Afterwards the CLI must see the
# browser's decisions, the chain must verify, and so must the downloaded bundle.
#   console_real_server_test.sh BUILD_DIR SOURCE_DIR OUT_DIR
# Exit 77 (skipped) when chromium or playwright-core is missing, as console.pages.
set -euo pipefail
build=$1 root=$2 out=$3
lantian="$build/lantian" server="$build/fixture_server"
work=$(mktemp -d /tmp/lantian-console-real-XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

start_site() {  # start_site NAME ADDRESS
  "$server" --root "$root/tests/data/mock/$1" --bind "$2" --port 0 >"$work/$1.log" 2>&1 &
  pids+=($!)
}
port_of() {  # port_of NAME: the port the mock printed ("listening ADDR:PORT")
  for _ in $(seq 200); do
    if grep -q '^listening ' "$work/$1.log" 2>/dev/null; then
      sed -n 's/^listening .*:\([0-9]*\)$/\1/p' "$work/$1.log" | head -1
      return 0
    fi
    sleep 0.05
  done
  echo "console.pages.real: mock $1 did not start: $(cat "$work/$1.log")" >&2
  exit 1
}
start_site shop 127.0.0.2
start_site forum 127.0.0.3
start_site search 127.0.0.4
shop=$(port_of shop) forum=$(port_of forum) search=$(port_of search)

printf '[crawler]\nsites_dir = "%s"\n' "$root/tests/data/mock/sites" >"$work/lantian.toml"
"$lantian" sweep --config "$work/lantian.toml" --db "$work/lantian.db" --allow-private --per-host-delay-ms 0 \
  --max-depth 2 --seed "http://127.0.0.2:$shop/search.html" --seed "http://127.0.0.3:$forum/index.html" \
  --seed "http://127.0.0.4:$search/s.html" >"$work/sweep.out" 2>&1 || { cat "$work/sweep.out" >&2; exit 1; }
for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
pids=()

printf 'console-test-pw\n' >"$work/pw"
"$lantian" user add olga --role officer --password-file "$work/pw" --kdf-cost interactive --db "$work/lantian.db"
"$lantian" keygen --out "$work/keys" >/dev/null
cat >"$work/export.toml" <<TOML
[export]
route = "referral"
key = "$work/keys/lantian-signing.key.pem"
[export.sender]
organization = "测试市知识产权局"
credit_code = "11000000000000000X"
contact_person = "李四"
phone = "010-00000001"
email = "ip@example.org"
letter_reference = "知监函〔2026〕1号"
TOML

python3 "$root/tests/console/console_pages_test.py" --out "$out" --user olga --password console-test-pw \
  --server-cmd "$lantian serve --listen 127.0.0.1:0 --db $work/lantian.db --export-config $work/export.toml"
# What the browser did is what the CLI sees, and the chain holds it.
"$lantian" hits --db "$work/lantian.db" --format jsonl | python3 -c '
import json, sys
rows = [json.loads(l) for l in sys.stdin if l.strip()]
olga = [r for r in rows if r.get("analyst") == "olga"]
if not olga:
    sys.exit("console.pages.real: lantian hits shows no decision by olga")
print("console.pages.real: lantian hits shows %d hits last reviewed by olga" % len(olga))'
"$lantian" verify --db "$work/lantian.db"
# The bundle the browser downloaded is one `lantian verify` accepts.
cp "$out/bundle.download" "$work/downloaded.zip"
"$lantian" verify "$work/downloaded.zip"
