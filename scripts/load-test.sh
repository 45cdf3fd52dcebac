#!/usr/bin/env bash
# Load test of the web application on loopback with wrk (Debian: apt-get install wrk), as documented in
# docs/web.md: the shaded jar on a fresh H2 data directory, the corpus uploaded, then 50 concurrent clients (2 wrk
# threads) against the read endpoints and the upload endpoint, each after a warm-up run.
#   scripts/load-test.sh [seconds per run, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
port=18089
jar=nianbao-web/target/nianbao-web.jar
[ -f "$jar" ] || ./mvnw -q -Pfast install -pl nianbao-web -am
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
NIANBAO_ADMIN_PASSWORD=load-admin-1 java -jar "$jar" serve --port $port --data "$work/data" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do curl -s -o /dev/null "localhost:$port/api/health" && break; sleep 0.5; done
for file in corpus/seeds/*.txt corpus/pdf/*.pdf; do
  curl -s -o /dev/null -u admin:load-admin-1 -F "file=@$file" "localhost:$port/api/reports"
done
token=$(curl -s -u admin:load-admin-1 -X POST "localhost:$port/api/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
seed=corpus/seeds/002_9375a95e759e8e3f.txt
boundary=----nianbaowrk
{
  echo 'wrk.method = "POST"'
  echo "wrk.headers[\"Content-Type\"] = \"multipart/form-data; boundary=$boundary\""
  echo "wrk.headers[\"Authorization\"] = \"Bearer $token\""
  printf 'wrk.body = "--%s\\r\\nContent-Disposition: form-data; name=\\"file\\"; filename=\\"002.txt\\"\\r\\n' "$boundary"
  printf 'Content-Type: text/plain\\r\\n\\r\\n" .. [==['
  cat "$seed"
  printf ']==] .. "\\r\\n--%s--\\r\\n"\n' "$boundary"
} > "$work/upload.lua"
run() { # name, then wrk arguments
  local name=$1; shift
  wrk -t2 -c50 -d10s --timeout 10s "$@" > /dev/null 2>&1 # warm-up (JIT)
  echo "== $name"
  wrk -t2 -c50 -d"${seconds}s" --timeout 10s --latency "$@" 2>&1 \
    | grep -E 'Requests/sec|^ +(50|90|99)%|Non-2xx|Socket errors|requests in'
}
auth=(-H "Authorization: Bearer $token")
run "GET /api/reports/3 (report JSON, 11 KB)" "${auth[@]}" "http://localhost:$port/api/reports/3"
run "GET /api/reports?year=2021 (search)" "${auth[@]}" "http://localhost:$port/api/reports?year=2021"
run "GET /reports/3 (report page, 66 KB HTML)" "${auth[@]}" "http://localhost:$port/reports/3"
run "GET /reports (library page)" "${auth[@]}" "http://localhost:$port/reports"
run "POST /api/reports (upload seed 002, read + check + store)" -s "$work/upload.lua" "http://localhost:$port/api/reports"
