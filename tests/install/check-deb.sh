#!/usr/bin/env bash
# check-deb.sh BUILD_DIR WORK_DIR VERSION: builds the .deb with CPack, checks its control
# data, and (as root, with dpkg) installs it, runs the installed program and removes it.
set -euo pipefail
build=$1 work=$2 version=$3
fail() { echo "install.debianPackage: $*" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work"
cpack -G DEB -B "$work" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/acupoint-atlas_"$version"*_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { ls "$work"; fail "no acupoint-atlas_${version}_ARCH.deb"; }

depends=$(dpkg-deb -f "$deb" Depends)
for library in libqt6widgets6 libqt6svg6 libc6 libstdc++6; do
    grep -q "$library" <<<"$depends" || fail "Depends lacks $library: $depends"
done
[ "$(dpkg-deb -f "$deb" Package)" = acupoint-atlas ] || fail "wrong package name"
contents=$(dpkg-deb -c "$deb")
grep -q "\./usr/share/applications/org.acupointatlas.atlas.desktop$" <<<"$contents" || fail "no desktop entry"
grep -q "\./usr/bin/acupoint-atlas$" <<<"$contents" || fail "no program"

if [ "$(id -u)" -ne 0 ]; then
    echo "install.debianPackage: built and inspected $deb; installing it needs root, skipped"
    exit 0
fi
if dpkg-query -W -f='${Status}' acupoint-atlas 2>/dev/null | grep -q "install ok installed"; then
    echo "install.debianPackage: an acupoint-atlas package is installed already; not replacing it"
    exit 0
fi
trap 'dpkg -r acupoint-atlas >/dev/null 2>&1 || true' EXIT
dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i failed"; }
/usr/bin/acupoint-atlas --version | grep -qx "acupoint-atlas $version" || fail "installed program does not run"
dpkg -r acupoint-atlas >/dev/null
trap - EXIT
echo "install.debianPackage: $deb installed, ran --version, removed"
