#!/usr/bin/env bash
# Acupoint Atlas set-up on Debian or Ubuntu: installs the system packages that are missing
# (through sudo when not root), configures and builds, then runs the app or the tests.
#
#   ./setup.sh run [APP OPTIONS]   build and start the app on its built-in catalogue; with no
#                                  display, render the window to build/acupoint-atlas.png
#   ./setup.sh test                build with warnings as errors and run the whole test suite;
#                                  then again under AddressSanitizer and UBSan; then run each
#                                  libFuzzer target for ACU_FUZZ_SECONDS (default 60)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"

# What building and running the app needs, and what the tests need besides.
app_packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-svg-dev libgl-dev
    # Spoken prompts; Debian 12's Qt6TextToSpeech CMake package also asks for QmlIntegration,
    # which only qt6-declarative-dev installs.
    qt6-speech-dev qt6-declarative-dev
    nlohmann-json3-dev fonts-dejavu-core fonts-wqy-microhei
    librsvg2-bin help2man
    # The translations: lupdate, lrelease and the LinguistTools CMake package; Qt's own
    # translations (the standard buttons and dialogs in German and Chinese).
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
)
test_packages=(libgtest-dev libbenchmark-dev clang desktop-file-utils appstream poppler-utils)

install_test_packages() {
    install_packages "${app_packages[@]}" "${test_packages[@]}"
    # libFuzzer's runtime comes with the clang version the system has.
    local major
    major=$(clang++ -dumpversion | cut -d. -f1)
    install_packages "libclang-rt-${major}-dev"
}

install_packages() {
    local missing=()
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "setup: the system packages are installed: $*"
        return
    fi
    echo "setup: installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "setup: need root or sudo to install ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# run_fuzzer NAME MAX_LEN SEED_DIR...: fuzzes one target; a finding fails the run and is
# left in build/fuzz/findings/ to be copied into tests/fixtures/fuzz-regressions/.
run_fuzzer() {
    local name=$1 max_len=$2
    shift 2
    local corpus=build/fuzz/corpus/$name findings=build/fuzz/findings
    mkdir -p "$corpus" "$findings"
    if ! build/fuzz/tests/fuzz/acu_${name}_fuzzer "$corpus" "$@" \
        -max_total_time="${ACU_FUZZ_SECONDS:-60}" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$findings/${name}-" -print_final_stats=1 >"build/fuzz/$name.log" 2>&1; then
        tail -n 40 "build/fuzz/$name.log"
        echo "setup: the $name fuzzer found a failure: see $findings; copy it into" \
             "tests/fixtures/fuzz-regressions/ so that a test keeps it" >&2
        exit 1
    fi
    grep -E "^Done|stat::number_of_executed_units" "build/fuzz/$name.log" | sed "s/^/setup: $name fuzzer: /"
}

# run_tests PRESET: ctest with that preset; adds the number of tests to $passed.
passed=0
run_tests() {
    local log=build/$1-ctest.log
    ctest --preset "$1" 2>&1 | tee "$log"
    [ "${PIPESTATUS[0]}" -eq 0 ] || exit 1
    local count
    count=$(sed -n 's/.*tests passed, 0 tests failed out of \([0-9]*\).*/\1/p' "$log" | tail -n 1)
    passed=$((passed + ${count:-0}))
}

build() {
    local preset=$1
    cmake --preset "$preset"
    cmake --build --preset "$preset"
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
run)
    install_packages "${app_packages[@]}"
    build app
    app=build/app/bin/acupoint-atlas
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        shot="$here/build/acupoint-atlas.png"
        QT_QPA_PLATFORM=offscreen "$app" --screenshot "$shot" "$@"
        echo "setup: no display, so the window was rendered offscreen to $shot"
    else
        exec "$app" "$@"
    fi
    ;;
test)
    install_test_packages
    build ci
    run_tests ci
    echo "setup: the test suite again, under AddressSanitizer and UndefinedBehaviorSanitizer"
    build asan
    run_tests asan
    echo "setup: fuzzing the loader, the compiled catalogue's reader and the resolver, ${ACU_FUZZ_SECONDS:-60} s each"
    build fuzz
    run_fuzzer loader 262144 data tests/fixtures/valid tests/fixtures/errors tests/fixtures/hostile
    run_fuzzer compiled 524288 build/fuzz/seeds/compiled
    run_fuzzer resolver 512 tests/fuzz/queries
    passed=$((passed + 3))
    echo "all: $passed passed, 0 failed"
    ;;
*)
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
