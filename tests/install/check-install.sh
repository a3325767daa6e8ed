#!/usr/bin/env bash
# check-install.sh BUILD_DIR DESTDIR APP_ID VERSION: installs the build under DESTDIR/usr and
# checks that every file a desktop needs is there and valid.
set -euo pipefail
build=$1 dest=$2 id=$3 version=$4
rm -rf "$dest"
DESTDIR="$dest" cmake --install "$build" --prefix /usr >/dev/null
root=$dest/usr
fail() { echo "install.files: $*" >&2; exit 1; }

expected=(
    bin/acupoint-atlas
    share/applications/$id.desktop
    share/metainfo/$id.metainfo.xml
    share/icons/hicolor/scalable/apps/$id.svg
    share/man/man1/acupoint-atlas.1
)
for size in 16 24 32 48 64 128 256 512; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for file in "${expected[@]}"; do
    [ -s "$root/$file" ] || fail "missing or empty: /usr/$file"
done
# Every icon is a PNG of its folder's size.
for size in 16 24 32 48 64 128 256 512; do
    png=$root/share/icons/hicolor/${size}x${size}/apps/$id.png
    header=$(od -An -tx1 -N24 "$png" | tr -d ' \n')
    [ "${header:0:16}" = 89504e470d0a1a0a ] || fail "$png is not a PNG"
    [ $((16#${header:32:8})) -eq "$size" ] && [ $((16#${header:40:8})) -eq "$size" ] ||
        fail "$png is not ${size}x${size}"
done

desktop-file-validate "$root/share/applications/$id.desktop"
appstreamcli validate --no-net --pedantic "$root/share/metainfo/$id.metainfo.xml" >/dev/null ||
    { appstreamcli validate --no-net --pedantic "$root/share/metainfo/$id.metainfo.xml"; fail "metainfo invalid"; }
grep -q "^Exec=acupoint-atlas" "$root/share/applications/$id.desktop" || fail "desktop entry runs another program"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$root/share/metainfo/$id.metainfo.xml" ||
    fail "metainfo does not launch $id.desktop"
grep -q "<release version=\"$version\"" "$root/share/metainfo/$id.metainfo.xml" ||
    fail "metainfo has no release $version"
# The man page is made from --help, so it lists the options the program has.
for option in catalogue validate lookup select screenshot; do
    grep -q -- "-$option" "$root/share/man/man1/acupoint-atlas.1" || fail "man page lacks --$option"
done
grep -q "^\.TH ACUPOINT-ATLAS \"1\"" "$root/share/man/man1/acupoint-atlas.1" || fail "man page has no title"
"$root/bin/acupoint-atlas" --version | grep -qx "acupoint-atlas $version" || fail "installed program does not run"
echo "install.files: ${#expected[@]} files installed and valid"
