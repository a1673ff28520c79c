#!/usr/bin/env bash
# Builds the Debian packages (spoke, spoke-hub) from an already built tree and checks them:
# files and their modes, control fields, Depends, and that the .desktop entry, AppStream
# metainfo, icon and systemd unit are valid. Exits non-zero with a message on any miss.
#   SPOKE_PRESET=dev bash scripts/check-package.sh     (default: asan, as in scripts/test.sh)
#
# It packages the tree the tests just ran on, not a release build: a release tree is a full
# extra compile, which a 2-core CI with a 90-minute budget cannot afford after the asan build
# and the tests. Everything checked here (install rules, layout, control fields, what
# dpkg-shlibdeps finds, validity of the data files) is the same for every build type; an asan
# tree only adds libasan/libubsan to Depends. Packages for users are built from the release
# preset (docs/operations.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
preset=${SPOKE_PRESET:-asan}
build="$root/build/$preset"
out="$build/packages"

fail() {
    echo "check-package: FAIL: $*" >&2
    exit 1
}
failures=0
miss() {
    echo "check-package: FAIL: $*" >&2
    failures=$((failures + 1))
}

for tool in cmake cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli systemd-analyze \
    xmllint qtpaths6 readelf objcopy ldd; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (run scripts/setup.sh)"
done
[[ -f $build/CPackConfig.cmake ]] || fail "$build is not configured: cmake --preset $preset"

# Up to date after scripts/test.sh, so this is a no-op there; only the packaged targets.
info="$build/installer/package-info.sh"
flock /tmp/spoke-build.lock cmake --build "$build" --target spoke-hub qsqlcipher >"$build/check-package-build.log" 2>&1 ||
    { cat "$build/check-package-build.log" >&2; fail "building spoke-hub and qsqlcipher failed"; }
[[ -f $info ]] || fail "$info is missing: reconfigure with cmake --preset $preset"
# shellcheck source=/dev/null
source "$info"
if [[ $SPOKE_HAS_APP == 1 ]]; then
    flock /tmp/spoke-build.lock cmake --build "$build" --target spoke >>"$build/check-package-build.log" 2>&1 ||
        { cat "$build/check-package-build.log" >&2; fail "building spoke failed"; }
fi

rm -rf "$out"
mkdir -p "$out"
(cd "$build" && cpack -G DEB -B "$out") >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log" >&2; fail "cpack failed"; }

arch=$(dpkg --print-architecture)
version="$SPOKE_VERSION-1"
app_deb="$out/spoke_${version}_${arch}.deb"
hub_deb="$out/spoke-hub_${version}_${arch}.deb"
[[ -f $app_deb ]] || fail "cpack did not make $(basename "$app_deb"): $(ls "$out")"
[[ -f $hub_deb ]] || fail "cpack did not make $(basename "$hub_deb"): $(ls "$out")"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- control fields ---------------------------------------------------------------------

check_control() { # deb package section
    local deb=$1 package=$2 section=$3 name
    name=$(basename "$deb")
    [[ $(dpkg-deb -f "$deb" Package) == "$package" ]] || miss "$name: Package is not $package"
    [[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || miss "$name: Version is not $version"
    [[ $(dpkg-deb -f "$deb" Architecture) == "$arch" ]] || miss "$name: Architecture is not $arch"
    [[ $(dpkg-deb -f "$deb" Section) == "$section" ]] || miss "$name: Section is not $section"
    [[ -n $(dpkg-deb -f "$deb" Maintainer) ]] || miss "$name: no Maintainer"
    [[ $(dpkg-deb -f "$deb" Description) == *$'\n'* ]] || miss "$name: Description has no long description"
    depends=$(dpkg-deb -f "$deb" Depends)
    [[ -n $depends ]] || miss "$name: Depends is empty (dpkg-shlibdeps did not run?)"
    [[ $depends == *libqt6core6* ]] || miss "$name: Depends lacks libqt6core6: $depends"
}

check_control "$app_deb" spoke misc
app_depends=$depends
[[ $app_depends == *libsqlcipher* ]] || miss "spoke: Depends lacks libsqlcipher: $app_depends"
[[ $app_depends == *libqt6sql6* ]] || miss "spoke: Depends lacks libqt6sql6: $app_depends"
if [[ $SPOKE_HAS_APP == 1 ]]; then
    [[ $app_depends == *libqt6widgets6* ]] || miss "spoke: Depends lacks libqt6widgets6: $app_depends"
fi

check_control "$hub_deb" spoke-hub net
hub_depends=$depends
[[ $hub_depends == *libqt6httpserver6* ]] || miss "spoke-hub: Depends lacks libqt6httpserver6: $hub_depends"
[[ $hub_depends == *libqt6network6* ]] || miss "spoke-hub: Depends lacks libqt6network6: $hub_depends"
# DESIGN.md: the hub runs on a bare server.
[[ $hub_depends != *libqt6gui6* && $hub_depends != *libqt6widgets6* ]] ||
    miss "spoke-hub: Depends pulls in Qt GUI libraries: $hub_depends"

# --- contents ---------------------------------------------------------------------------

plugins=$(qtpaths6 --query QT_INSTALL_PLUGINS)
app_files=(
    "/usr/share/applications/io.spoke.Spoke.desktop:-rw-r--r--"
    "/usr/share/metainfo/io.spoke.Spoke.metainfo.xml:-rw-r--r--"
    "/usr/share/icons/hicolor/scalable/apps/io.spoke.Spoke.svg:-rw-r--r--"
    "$plugins/sqldrivers/libqsqlcipher.so:-rw-r--r--"
)
[[ $SPOKE_HAS_APP == 1 ]] && app_files+=("/usr/bin/spoke:-rwxr-xr-x")
hub_files=(
    "/usr/bin/spoke-hub:-rwxr-xr-x"
    "/usr/lib/systemd/system/spoke-hub.service:-rw-r--r--"
)

check_contents() { # deb entries...
    local deb=$1 name listing entry path mode
    name=$(basename "$deb")
    shift
    listing=$(dpkg-deb -c "$deb")
    for entry in "$@"; do
        path=${entry%:*}
        mode=${entry##*:}
        if ! grep -qE "^${mode} root/root +[0-9]+ [0-9-]+ [0-9:]+ \.${path}\$" <<<"$listing"; then
            miss "$name: no ${path} with mode ${mode} owned by root; the package holds:"
            awk '{print "    " $1, $2, $6}' <<<"$listing" >&2
        fi
    done
    if awk '$6 !~ /^\.\/usr\// || $6 ~ /^\.\/usr\/local\//' <<<"$listing" | grep -q .; then
        miss "$name: files outside /usr or under /usr/local: $(awk '$6 !~ /^\.\/usr\// || $6 ~ /^\.\/usr\/local\// {print $6}' <<<"$listing")"
    fi
}

check_contents "$app_deb" "${app_files[@]}"
check_contents "$hub_deb" "${hub_files[@]}"

app="$work/app"
hub="$work/hub"
dpkg-deb -x "$app_deb" "$app"
dpkg-deb -x "$hub_deb" "$hub"

# --- the QSQLCIPHER plugin and the binaries ---------------------------------------------

plugin="$app$plugins/sqldrivers/libqsqlcipher.so"
if [[ -f $plugin ]]; then
    # Qt finds a plugin by the metadata note; an empty one (qt_add_plugin sources) has no key.
    objcopy -O binary --only-section=.note.qt.metadata "$plugin" "$work/metadata" 2>/dev/null || true
    grep -qa QSQLCIPHER "$work/metadata" 2>/dev/null || miss "libqsqlcipher.so has no Qt plugin metadata with key QSQLCIPHER"
    needed=$(readelf -d "$plugin" | grep NEEDED || true)
    [[ $needed == *libsqlcipher.so* ]] || miss "libqsqlcipher.so does not link libsqlcipher"
    # Two SQLite builds in one process is undefined territory (TOOLCHAIN.md).
    [[ $needed != *libsqlite3.so* ]] || miss "libqsqlcipher.so links the stock libsqlite3"
fi

for binary in "$hub/usr/bin/spoke-hub" "$app/usr/bin/spoke" "$plugin"; do
    [[ -f $binary ]] || continue
    # Install must have dropped the build tree's RPATH: everything resolves from the system.
    if ldd "$binary" | grep -q 'not found'; then
        miss "$(basename "$binary"): unresolved libraries: $(ldd "$binary" | grep 'not found')"
    fi
    if readelf -d "$binary" | grep -qE 'R(UN)?PATH.*/build/'; then
        miss "$(basename "$binary"): RPATH still points into the build tree"
    fi
done
if [[ -x $hub/usr/bin/spoke-hub ]]; then
    got=$("$hub/usr/bin/spoke-hub" --version 2>&1) || true
    [[ $got == "spoke-hub $SPOKE_VERSION" ]] || miss "packaged spoke-hub --version printed '$got'"
fi
if [[ $SPOKE_HAS_APP == 1 && -x $app/usr/bin/spoke ]]; then
    readelf -d "$app/usr/bin/spoke" | grep NEEDED | grep -q 'libsqlite3\.so' &&
        miss "spoke links the stock libsqlite3 next to SQLCipher"
fi

# --- desktop entry, metainfo, icon ------------------------------------------------------

desktop="$app/usr/share/applications/io.spoke.Spoke.desktop"
if [[ -f $desktop ]]; then
    # It prints warnings and hints but exits 0 for them: any output is a failure.
    if ! report=$(desktop-file-validate "$desktop" 2>&1) || [[ -n $report ]]; then
        miss "io.spoke.Spoke.desktop is not valid: $report"
    fi
    grep -qx 'Exec=spoke' "$desktop" || miss "io.spoke.Spoke.desktop does not run spoke"
    grep -qx 'Icon=io.spoke.Spoke' "$desktop" || miss "io.spoke.Spoke.desktop does not use the io.spoke.Spoke icon"
    for lang in ko fr ar; do
        for key in Name Comment; do
            grep -q "^$key\[$lang\]=." "$desktop" || miss "io.spoke.Spoke.desktop has no ${key}[$lang]"
        done
    done
fi

metainfo="$app/usr/share/metainfo/io.spoke.Spoke.metainfo.xml"
if [[ -f $metainfo ]]; then
    report=$(appstreamcli validate --no-net --no-color --strict "$metainfo" 2>&1) ||
        miss "io.spoke.Spoke.metainfo.xml is not valid: $report"
    release=$(xmllint --xpath 'string(/component/releases/release[1]/@version)' "$metainfo" 2>/dev/null || true)
    [[ $release == "$SPOKE_VERSION" ]] ||
        miss "io.spoke.Spoke.metainfo.xml: newest release is '$release', the project is $SPOKE_VERSION (add a <release>)"
    launchable=$(xmllint --xpath 'string(/component/launchable[@type="desktop-id"])' "$metainfo" 2>/dev/null || true)
    [[ $launchable == io.spoke.Spoke.desktop ]] || miss "io.spoke.Spoke.metainfo.xml launches '$launchable'"
fi

icon="$app/usr/share/icons/hicolor/scalable/apps/io.spoke.Spoke.svg"
if [[ -f $icon ]]; then
    [[ $(xmllint --xpath 'local-name(/*)' "$icon" 2>&1) == svg ]] || miss "io.spoke.Spoke.svg is not an SVG document"
fi

# --- systemd unit and maintainer scripts ------------------------------------------------

unit="$hub/usr/lib/systemd/system/spoke-hub.service"
if [[ -f $unit ]]; then
    grep -qE '^ExecStart=/usr/bin/spoke-hub ' "$unit" || miss "spoke-hub.service does not start /usr/bin/spoke-hub"
    for flag in --cert --key --data-dir; do
        grep -qE "^ExecStart=.* $flag " "$unit" || miss "spoke-hub.service does not pass $flag"
    done
    # Verified with ExecStart pointing at the extracted binary, so the path check is real;
    # unknown keys are only warnings for systemd, so any output is a failure here.
    mkdir -p "$work/unit"
    sed "s#/usr/bin/spoke-hub#$hub/usr/bin/spoke-hub#" "$unit" >"$work/unit/spoke-hub.service"
    if ! report=$(systemd-analyze verify --man=no "$work/unit/spoke-hub.service" 2>&1) || [[ -n $report ]]; then
        miss "spoke-hub.service does not verify: $report"
    fi
    # Exposure 0-100 (shown as 0.0-10.0); the unit scores 12. Fail if its hardening erodes.
    report=$(systemd-analyze security --offline=true --threshold=20 --no-pager "$unit" 2>&1) ||
        miss "spoke-hub.service is less hardened than before: $(tail -n 1 <<<"$report")"
fi

dpkg-deb -e "$hub_deb" "$work/hub-control"
for script in postinst prerm postrm; do
    file="$work/hub-control/$script"
    if [[ ! -x $file ]]; then
        miss "spoke-hub: maintainer script $script is missing or not executable"
    elif ! sh -n "$file"; then
        miss "spoke-hub: maintainer script $script has a syntax error"
    fi
done

if ((failures > 0)); then
    echo "check-package: $failures problem(s) in $out" >&2
    exit 1
fi
echo "check-package: ok ($(basename "$app_deb"), $(basename "$hub_deb"); Depends of spoke: $app_depends)"
