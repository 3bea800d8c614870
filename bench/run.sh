#!/usr/bin/env bash
# Measures ppm and prints one summary table (Markdown) for docs/performance.md:
# per policy (JMH, the flagship), how each step grows with policy size (JMH, generated policies),
# corpus runs (1,000 and 10,000 policies from YAML, 10,000 from JSON), and cold start of the CLI.
# Usage: bench/run.sh [--quick]      (--quick: fewer JMH iterations, 1,000 policies; for trying it out)
set -euo pipefail
cd "$(dirname "$0")/.."
quick=false
[ "${1:-}" = "--quick" ] && quick=true
out=target/perf
mkdir -p "$out"

./mvnw -B -q -Pbench -pl bench,cli -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
jar=bench/target/benchmarks.jar
cli=$(ls cli/target/ppm-cli-*-all.jar | head -n 1)
flagship=examples/jinshang-consumer-finance/policy.yaml

if $quick; then jmh=(-f 1 -wi 2 -i 3 -w 1s -r 1s); corpus=1000; runs=5; else jmh=(-f 1 -wi 5 -i 5 -w 2s -r 2s); corpus=10000; runs=11; fi

echo "perf: JMH, per policy" >&2
java -jar "$jar" 'PipelineBenchmark|GuardBenchmark|ScalingBenchmark' "${jmh[@]}" -rf json -rff "$out/jmh.json" > "$out/jmh.txt"

echo "perf: corpus runs: $((corpus / 10)) and $corpus policies from YAML, $corpus from JSON" >&2
java -Xmx1g -cp "$jar" io.github.ppm.bench.CorpusRun "$((corpus / 10))" "$(nproc)" yaml > "$out/corpus.txt" 2>/dev/null
java -Xmx1g -cp "$jar" io.github.ppm.bench.CorpusRun "$corpus" "$(nproc)" yaml >> "$out/corpus.txt" 2>/dev/null
java -Xmx1g -cp "$jar" io.github.ppm.bench.CorpusRun "$corpus" "$(nproc)" json >> "$out/corpus.txt" 2>/dev/null

# Cold start: whole-process wall time of one `validate` of the flagship, median of $runs runs.
median_ms() { # command...
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}
echo "perf: cold start" >&2
./ppm --version >/dev/null   # builds the class-data-sharing archive once
plain=$(median_ms java -jar "$cli" validate "$flagship")
launcher=$(median_ms ./ppm validate "$flagship")
printf 'plain-java-jar-ms=%s launcher-ms=%s runs=%s\n' "$plain" "$launcher" "$runs" > "$out/startup.txt"

java -cp "$jar" io.github.ppm.bench.PerfSummary "$out/jmh.json" "$out/corpus.txt" "$out/startup.txt"
