#!/usr/bin/env bash
# Builds one libFuzzer target and runs it for SECONDS with a seed corpus from the shipped
# scenarios and the test fixtures.
#
#   Fuzz/run.sh load 600      # scenario loading (DefuseFuzzLoad)
#   Fuzz/run.sh grade 600     # grading (DefuseFuzzGrade)
#   Fuzz/run.sh load 600 -runs=1000000   # extra arguments go to libFuzzer
#
# How it builds: `-sanitize=fuzzer` cannot be passed to the whole build, because SwiftPM would
# also link libFuzzer's `main` into the EmbedLibrary build tool (and SwiftPM aliases every
# executable's `main` to `<Module>_main`). So every module is compiled with AddressSanitizer and
# libFuzzer's coverage instrumentation (`-sanitize-coverage=...`, which swiftc only accepts
# together with a sanitizer), and the fuzz targets link `libclang_rt.fuzzer_no_main`, calling
# `LLVMFuzzerRunDriver` from their own `<Module>_main`.
#
# Output goes to fuzz-out/TARGET/ (ignored by git): the corpus the run grew, crash files, and
# log.txt with libFuzzer's final statistics (runs, time, coverage).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
target="${1:?usage: Fuzz/run.sh load|grade SECONDS [libFuzzer options]}"
seconds="${2:?usage: Fuzz/run.sh load|grade SECONDS [libFuzzer options]}"
shift 2
case "$target" in
load) product=DefuseFuzzLoad ;;
grade) product=DefuseFuzzGrade ;;
*) echo "unknown target '$target' (load or grade)" >&2; exit 64 ;;
esac

swiftc_path="$(readlink -f "$(command -v swiftc)")"
fuzzer_lib="$(find "$(dirname "$swiftc_path")/../lib/clang" -name 'libclang_rt.fuzzer_no_main-x86_64.a' | head -1)"
[ -n "$fuzzer_lib" ] || { echo "libclang_rt.fuzzer_no_main not found next to $swiftc_path" >&2; exit 69; }

cd "$root/Fuzz"
swift build -c release --product "$product" --scratch-path "$root/.build-fuzz" \
    -Xswiftc -sanitize=address \
    -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp \
    -Xlinker "$fuzzer_lib" -Xlinker -lstdc++
binary="$root/.build-fuzz/release/$product"

out="$root/fuzz-out/$target"
mkdir -p "$out/corpus" "$out/seeds" "$out/crashes"
# Seeds: whole files for the loader; single lines (client line + reply pairs) for the grader.
while IFS= read -r -d '' file; do
    name="$(echo "$file" | tr '/' '_')"
    if [ "$target" = load ]; then
        cp "$root/$file" "$out/seeds/$name"
    else
        n=0
        while IFS= read -r line; do
            n=$((n + 1))
            text="$(echo "$line" | sed -E 's/^ *(- )?([a-z_]+: )?//; s/^[|"]//')"
            [ ${#text} -gt 8 ] && printf 'Nobody called me back.\n%s' "$text" >"$out/seeds/${name}_$n"
        done <"$root/$file"
    fi
done < <(cd "$root" && find Scenarios Tests/DefuseKitTests/Fixtures -name '*.yaml' -print0)

cd "$root"  # the grade target loads ./Scenarios (techniques and phrase lists)
ASAN_OPTIONS="detect_leaks=0:allocator_may_return_null=1" "$binary" \
    -max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="$out/crashes/" "$@" "$out/corpus" "$out/seeds" 2>&1 | tee "$out/log.txt" | grep -E "^#[0-9]+ *(INITED|DONE|pulse)|^Done|^stat::|ERROR|SUMMARY|crash-" || true
echo "log: $out/log.txt"
