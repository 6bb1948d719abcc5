#!/usr/bin/env bash
# Runs a set of tests N times in a row and lists any test that ever failed: `bash scripts/flake-check.sh 20 tests/exercises`.
set -u
n=${1:-10}; shift || true
targets=${*:-}
fails=0
for i in $(seq 1 "$n"); do
  report=$(mktemp)
  npx vitest run $targets --reporter=json --outputFile.json="$report" >/dev/null 2>&1
  bad=$(node -e 'try{const j=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));const f=j.testResults.flatMap(r=>r.assertionResults.filter(a=>a.status!=="passed").map(a=>a.fullName));console.log(f.join("\n"));}catch(e){console.log("could not read results")}' "$report")
  rm -f "$report"
  if [ -n "$bad" ]; then fails=$((fails+1)); echo "run $i: FAILED"; echo "$bad" | sed 's/^/  /'; else echo "run $i: all passed"; fi
done
echo "$((n-fails)) passed, $fails failed"
[ "$fails" -eq 0 ]
