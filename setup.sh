#!/usr/bin/env bash
# Acupoint Atlas set-up on Debian or Ubuntu: installs the system packages that are missing
# (through sudo when not root), configures and builds, then runs the app or the tests.
#
#   ./setup.sh run [APP OPTIONS]   build and start the app on its built-in catalogue; with no
#                                  display, render the window to build/acupoint-atlas.png
#   ./setup.sh test                build with warnings as errors and run the whole test suite
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-svg-dev libgl-dev
    nlohmann-json3-dev libgtest-dev libbenchmark-dev
    fonts-dejavu-core
)

install_missing_packages() {
    local missing=()
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "setup: all ${#packages[@]} system packages are installed"
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

build() {
    local preset=$1
    cmake --preset "$preset"
    cmake --build --preset "$preset"
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
run)
    install_missing_packages
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
    install_missing_packages
    build ci
    QT_QPA_PLATFORM=offscreen ctest --preset ci
    ;;
*)
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
