#!/usr/bin/env bash
# Packages EAC Migration Planner with jlink + jpackage: an app image, then a native installer.
# Run from anywhere after the Maven build; it works in the project root:
#
#   mvn -B package -DskipTests && packaging/build.sh       # Linux: app image, plus a .deb if dpkg-deb + fakeroot exist
#   packaging/build.sh --type deb                          # insist on the .deb (fail if it can't be built)
#   packaging/build.sh --no-installer                      # app image only
#   packaging/build.sh --type msi                          # Windows (Git Bash), needs WiX 3 on PATH
#   packaging/build.sh --type dmg                          # macOS
#
# jpackage builds only for the OS it runs on, so each installer is made on its own OS.
#
# Input  (from Maven): target/dist/lib/*.jar (the app jar + class-path libraries) and
#                      target/dist/lib/javafx/*.jar (OpenJFX: modular jars with this OS's natives inside).
# Output: target/package/eac-planner/bin/eac-planner          (Linux app image launcher)
#         target/package/eac-planner_<version>-1_amd64.deb    (Linux installer)
#         target/package/eac-planner/eac-planner.exe + eac-planner-<version>.msi   (Windows)
#         target/package/eac-planner.app + eac-planner-<version>.dmg               (macOS)
#         target/package/runtime, target/package/input        (intermediate: jlinked runtime, jars for jpackage)
#
# How JavaFX gets in (the app has no module-info, so it runs from the class path):
#   JavaFX is linked into the runtime as named modules. jlink accepts modular JARs on its module path, so
#   the Maven jars work without the separate JavaFX jmods (which are not on Maven Central). The one catch:
#   the jars carry their native libraries (libglass.so, glass.dll, libglass.dylib, ...) at the jar root, so
#   jlink would store them as ordinary resources of javafx.graphics and JavaFX would unpack them into
#   ~/.openjfx/cache on first start. Instead they are left out of the image (--exclude-resources) and
#   copied to where JavaFX looks first in a jlinked runtime (NativeLibLoader.libDirForJRT): lib/ on Linux
#   and macOS, bin/javafx/ on Windows. With -Djavafx.verbose=true it then reports
#   "Loaded .../lib/libglass.so from relative path".
#   So the app image needs no --module-path at run time and ships no JavaFX jars.
#   (Fallback if a future jlink refused the jars: jlink only the JDK modules, put lib/javafx into the
#   app dir and add --java-options "--module-path $APPDIR/javafx --add-modules javafx.controls".)
#
# Environment: JAVA_HOME selects the JDK (default: the one that provides `jpackage` on PATH; it needs 17+
# with jmods/, on Debian from openjdk-17-jdk-headless); APP_VERSION overrides the version read from the
# app jar's manifest; JPACKAGE_VERBOSE=1 passes --verbose to jpackage.
set -euo pipefail

die() { echo "packaging/build.sh: error: $*" >&2; exit 1; }
say() { echo "packaging/build.sh: $*"; }

# ---- platform ------------------------------------------------------------------------------------
case "$(uname -s)" in
  Linux)                os=linux   exe=''     natives_glob='*.so'    natives_dir=lib ;;
  Darwin)               os=macos   exe=''     natives_glob='*.dylib' natives_dir=lib ;;
  MINGW*|MSYS*|CYGWIN*) os=windows exe='.exe' natives_glob='*.dll'   natives_dir=bin/javafx
                        # Hand arguments to the Windows tools unchanged; absolute paths go through native_path.
                        export MSYS_NO_PATHCONV=1 MSYS2_ARG_CONV_EXCL='*' ;;
  *) die "unsupported OS '$(uname -s)'" ;;
esac
native_path() { if [[ $os == windows ]]; then cygpath -m "$1"; else printf '%s\n' "$1"; fi; }

installer=auto
while (($# > 0)); do
  case "$1" in
    --type) (($# >= 2)) || die "--type needs a value"; installer="$2"; shift ;;
    --type=*) installer="${1#--type=}" ;;
    --no-installer|--no-deb) installer=none ;;
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (try --help)" ;;
  esac
  shift
done
case "$os:$installer" in
  *:auto|*:none|linux:deb|windows:msi|windows:exe|macos:dmg|macos:pkg) ;;
  *) die "--type $installer cannot be built on $os" ;;
esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"   # the .args files use paths relative to the project root

dist=target/dist
lib=$dist/lib
fx=$lib/javafx
out=target/package
app_jar=eac-migration-planner.jar

# ---- inputs --------------------------------------------------------------------------------------
[[ -d "$dist" ]] || die "$dist is missing. Build it first: mvn -B package -DskipTests"
[[ -f "$lib/$app_jar" ]] || die "$lib/$app_jar is missing. Build it first: mvn -B package -DskipTests"
fx_jars=() cp_jars=()
for f in "$fx"/*.jar; do [[ -f "$f" ]] && fx_jars+=("$f"); done
for f in "$lib"/*.jar; do [[ -f "$f" ]] && cp_jars+=("$f"); done
((${#fx_jars[@]} > 0)) || die "no JavaFX jars in $fx. Rebuild: mvn -B package -DskipTests"

# ---- tools ---------------------------------------------------------------------------------------
if [[ -n "${JAVA_HOME:-}" ]]; then
  jdk="$JAVA_HOME"
  [[ $os == windows ]] && jdk="$(cygpath -u "$jdk")"
else
  command -v "jpackage$exe" >/dev/null 2>&1 \
    || die "jpackage not found: set JAVA_HOME to a JDK 17+ (Debian: apt-get install -y openjdk-17-jdk-headless)"
  jdk="$(cd "$(dirname "$(command -v "jpackage$exe")")/.." && pwd -P)"
  # Debian and Homebrew put symlinks on PATH: follow them to the real JDK (readlink -f exists on Linux
  # and macOS 12.3+; where it doesn't, JAVA_HOME must be set).
  if [[ ! -x "$jdk/bin/jlink$exe" ]] && command -v readlink >/dev/null 2>&1; then
    jdk="$(dirname "$(dirname "$(readlink -f "$(command -v "jpackage$exe")")")")"
  fi
fi
for tool in java jar jdeps jlink jpackage; do
  [[ -x "$jdk/bin/$tool$exe" ]] || die "$jdk/bin/$tool$exe not found: JAVA_HOME must point to a full JDK 17+ (with jpackage)"
done
java="$jdk/bin/java$exe" jar="$jdk/bin/jar$exe" jdeps="$jdk/bin/jdeps$exe"
jlink="$jdk/bin/jlink$exe" jpackage="$jdk/bin/jpackage$exe"
jdk_major="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | tr -d '\r')"
if ! [[ "$jdk_major" =~ ^[0-9]+$ ]] || ((jdk_major < 17)); then
  die "JDK at $jdk is version '$jdk_major'; 17 or newer is needed"
fi

# ---- version: the app jar's Implementation-Version (maven-jar-plugin writes the pom version) -----
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
if [[ -z "${APP_VERSION:-}" ]]; then
  (cd "$tmp" && "$jar" --extract --file "$(native_path "$root/$lib/$app_jar")" META-INF/MANIFEST.MF)
  APP_VERSION="$(sed -n 's/^Implementation-Version: *//p' "$tmp/META-INF/MANIFEST.MF" | tr -d '\r')"
  if [[ -z "$APP_VERSION" && -f pom.xml ]]; then   # fall back to the <version> after the project's artifactId
    APP_VERSION="$(sed -n '/<artifactId>eac-migration-planner<\/artifactId>/,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n1)"
  fi
  [[ -n "$APP_VERSION" ]] || die "no Implementation-Version in $lib/$app_jar and no version in pom.xml; set APP_VERSION"
fi
version="${APP_VERSION%%-*}"   # 0.1.0-SNAPSHOT -> 0.1.0: jpackage wants numbers and dots only
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "cannot turn version '$APP_VERSION' into a jpackage version (1 to 3 numbers)"
if [[ $os == macos && "${version%%.*}" == 0 ]]; then
  # jpackage on macOS validates --app-version as a CFBundleVersion, whose first number must be at least 1.
  die "jpackage on macOS rejects version $version (the first number must be 1 or more). Set APP_VERSION, e.g. APP_VERSION=1.0.0 packaging/build.sh --type dmg"
fi

# ---- JDK modules the app needs -------------------------------------------------------------------
# jdeps over the app jar and every class-path library (given as roots, so they resolve each other; the
# JavaFX jars go on jdeps' module path because modular libraries such as ikonli-javafx "require" them).
# javafx.* entries are dropped from the answer: JavaFX comes in through --add-modules below and brings its
# own JDK requirements. jdeps cannot see ServiceLoader-only needs, hence the extras:
#   jdk.crypto.ec (TLS with EC ciphers), jdk.localedata (non-English locales), jdk.charsets (legacy
#   charsets), java.naming + jdk.naming.dns (DNS lookups through JNDI, for the planned DNS probes).
say "computing JDK modules with jdeps"
if ! jdeps_out="$("$jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 \
      --module-path "$fx" "${cp_jars[@]}" 2>"$tmp/jdeps.err")"; then
  cat "$tmp/jdeps.err" >&2
  die "jdeps failed on $lib/*.jar (a modular jar whose 'requires' is in neither $lib nor $fx breaks it)"
fi
jdeps_mods="$(tail -n1 <<<"$jdeps_out" | tr -d '\r')"
extras=(jdk.crypto.ec jdk.localedata jdk.charsets java.naming jdk.naming.dns)
available="$("$java" --list-modules | sed 's/@.*//' | tr -d '\r')"
modules=()
for m in ${jdeps_mods//,/ } "${extras[@]}"; do
  [[ "$m" == javafx.* ]] && continue
  if ! grep -qx "$m" <<<"$available"; then
    say "note: JDK module $m is not in $jdk, skipped"; continue
  fi
  [[ " ${modules[*]-} " == *" $m "* ]] || modules+=("$m")
done
modules+=(javafx.controls)
module_list="$(IFS=,; echo "${modules[*]}")"
say "modules: $module_list"

# ---- runtime image --------------------------------------------------------------------------------
rm -rf "$out"
mkdir -p "$out"
if ((jdk_major >= 21)); then compress=zip-6; else compress=2; fi
say "jlink -> $out/runtime"
"$jlink" \
  --module-path "$fx" \
  --add-modules "$module_list" \
  --exclude-resources "glob:/javafx.*/$natives_glob" \
  --strip-debug --strip-native-commands --no-header-files --no-man-pages \
  --compress="$compress" \
  --output "$out/runtime" \
  || die "jlink failed (is $jdk/jmods present? On Debian it comes with openjdk-17-jdk-headless)"

# The JavaFX native libraries, from the jar roots into the runtime (see the header).
mkdir -p "$out/runtime/$natives_dir"
natives=0
for f in "${fx_jars[@]}"; do
  libs=()
  while IFS= read -r entry; do
    entry="${entry%$'\r'}"
    # shellcheck disable=SC2053  # $natives_glob is a pattern on purpose
    [[ "$entry" != */* && "$entry" == $natives_glob ]] && libs+=("$entry")
  done < <("$jar" --list --file "$f")
  ((${#libs[@]} > 0)) || continue
  (cd "$out/runtime/$natives_dir" && "$jar" --extract --file "$(native_path "$root/$f")" "${libs[@]}")
  natives=$((natives + ${#libs[@]}))
done
((natives > 0)) || die "no JavaFX native libraries ($natives_glob) in $fx/*.jar: were they built for another OS?"

# ---- app image ------------------------------------------------------------------------------------
# --input gets only the class-path jars (not lib/javafx: JavaFX is in the runtime); jpackage puts every
# jar of --input on the launcher's class path.
mkdir -p "$out/input"
cp "${cp_jars[@]}" "$out/input/"
common=(@packaging/common.args "@packaging/$os/$os.args")
[[ "${JPACKAGE_VERBOSE:-0}" == 1 ]] && common+=(--verbose)
inputs=(--input "$out/input" --runtime-image "$out/runtime" --app-version "$version" --dest "$out")

say "jpackage --type app-image (version $version)"
"$jpackage" "${common[@]}" --type app-image "${inputs[@]}"
case $os in
  linux)   launcher="$out/eac-planner/bin/eac-planner" ;;
  windows) launcher="$out/eac-planner/eac-planner.exe" ;;
  macos)   launcher="$out/eac-planner.app/Contents/MacOS/eac-planner" ;;
esac
[[ -f "$launcher" ]] || die "jpackage finished but $launcher is missing"
say "app image: $launcher"

# ---- installer ------------------------------------------------------------------------------------
if [[ $installer == auto ]]; then
  case $os in
    linux)
      if command -v dpkg-deb >/dev/null 2>&1 && command -v fakeroot >/dev/null 2>&1; then installer=deb
      else installer=none; say "no .deb: it needs dpkg-deb and fakeroot (Debian: apt-get install -y fakeroot)"; fi ;;
    windows)
      if command -v candle.exe >/dev/null 2>&1 && command -v light.exe >/dev/null 2>&1; then installer=msi
      else installer=none; say "no .msi: it needs WiX 3 (candle.exe, light.exe) on PATH"; fi ;;
    macos) installer=dmg ;;
  esac
fi
if [[ $installer != none ]]; then
  # Installer-only options (jpackage rejects them with --type app-image): linux-deb.args,
  # windows-installer.args (msi and exe), macos-installer.args (dmg and pkg).
  if [[ $os == linux ]]; then installer_args=packaging/linux/linux-deb.args
  else installer_args="packaging/$os/$os-installer.args"; fi
  say "jpackage --type $installer"
  "$jpackage" "${common[@]}" "@$installer_args" --type "$installer" "${inputs[@]}"
  for f in "$out"/*."$installer"; do [[ -f "$f" ]] && say "installer: $f"; done
fi
