#!/usr/bin/env bash
# The benchmark's one command. Publishes shopsmart-bench in Release for this machine (once per commit), installs
# what the measurements need when it is missing (as root: time, python3-pandas, python3-sklearn, python3-openpyxl),
# then runs it:
#   bench/bench.sh job FILE... [--runs N] [--memory-limit 1GB]   the whole main job, per-stage figures, results row
#   bench/bench.sh etl FILE [--runs N] [--against-notebook]       shopsmart-etl migrate + load into a fresh file, two processes
#                                                                 (alternated with the notebook up to its EDA aggregates)
#   bench/bench.sh compare FILE [--rounds 3]                      against the pandas + scikit-learn notebook, A/B
#   bench/bench.sh generate FILE --lines 10M                      a synthetic Online Retail CSV
#   bench/bench.sh micro [BenchmarkDotNet options]                the micro-benchmarks (default: all of them)
# Results are appended to bench/results/runs.csv (and compare.csv); figures go to bench/README.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/time ] || need+=(time)
if { [ "${1:-}" = compare ] || [[ " $* " == *" --against-notebook "* ]]; } && ! /usr/bin/python3 -c 'import pandas, sklearn, openpyxl' 2>/dev/null; then
    need+=(python3-pandas python3-sklearn python3-openpyxl)
fi
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "bench: missing ${need[*]}; install them (apt-get install ${need[*]}) or run as root" >&2
        exit 2
    fi
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if [ "${1:-}" = micro ]; then
    shift
    exec dotnet run -c Release --project bench/ShopSmart.Bench.Micro -- "${@:---filter=*}"
fi

# Published once per commit, so every run of a series measures the same build.
out=bench/ShopSmart.Bench/bin/publish
stamp="$(git rev-parse HEAD 2>/dev/null || echo none)-$(git diff HEAD 2>/dev/null | md5sum | cut -c1-8)"
if [ ! -x "$out/shopsmart-bench" ] || [ "$(cat "$out/.stamp" 2>/dev/null)" != "$stamp" ]; then
    dotnet publish bench/ShopSmart.Bench -c Release -r linux-x64 --self-contained false -o "$out" -v quiet -nologo >&2
    echo "$stamp" > "$out/.stamp"
fi
exec "$out/shopsmart-bench" "$@"
