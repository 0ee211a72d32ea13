#!/usr/bin/env bash
# Fuzz newsparse: every target in turn for SECONDS each (default 300), niced, with the
# fixture articles (and, when ../shared/corpus is beside the repo, a sample of its texts) as
# seeds. Findings land in fuzz/artifacts/<target>/; turn each into a test in
# tests/it/regressions.rs. Needs `cargo install cargo-fuzz`; works on stable through
# RUSTC_BOOTSTRAP=1.
#
#   fuzz/run.sh            # 5 minutes per target
#   fuzz/run.sh 900        # 15 minutes per target
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-300}"
targets=(parse_with_options parse_bytes)

shared=../../shared/corpus
for target in "${targets[@]}"; do
    mkdir -p "corpus/$target"
    cp -n ../tests/fixtures/articles/*.txt "corpus/$target/" || true
    if [ -d "$shared" ]; then
        # A deterministic sample of real texts: the first 40 of each dataset (copied into the
        # ignored corpus folder, never committed).
        for texts in "$shared"/*/texts; do
            dataset=$(basename "$(dirname "$texts")")
            for f in $(ls "$texts" | sort | head -40); do
                cp -n "$texts/$f" "corpus/$target/${dataset}_$f" || true
            done
        done
    fi
done

# A finding stops its target, not the others; the exit status says whether any was found.
failed=()
for target in "${targets[@]}"; do
    echo "== fuzz $target for ${seconds}s"
    RUSTC_BOOTSTRAP=1 nice -n 19 cargo fuzz run --sanitizer none "$target" "corpus/$target" -- \
        -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
        -dict=newsparse.dict -print_final_stats=1 || failed+=("$target")
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "== findings in: ${failed[*]} (see fuzz/artifacts/)"
    exit 1
fi
echo "== no finding"
