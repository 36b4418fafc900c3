#!/usr/bin/env bash
# Builds the Linux app image of EAC Migration Planner with jlink + jpackage, and a .deb when
# dpkg-deb and fakeroot are installed.
#
#   mvn -B package -DskipTests && packaging/build.sh          # app image (+ .deb if possible)
#   packaging/build.sh --no-deb                               # app image only
#
# Input  (from Maven): target/dist/lib/*.jar (the app jar + class-path libraries) and
#                      target/dist/lib/javafx/*.jar (OpenJFX, modular jars with the Linux natives inside).
# Output: target/package/eac-planner/bin/eac-planner        (the app image's launcher)
#         target/package/eac-planner_<version>-1_amd64.deb  (when dpkg-deb and fakeroot exist)
#         target/package/runtime, target/package/input      (intermediate: jlinked runtime, jars for jpackage)
#
# How JavaFX gets in (the app has no module-info, so it runs from the class path):
#   JavaFX is linked into the runtime as named modules. jlink accepts modular JARs on its module path, so
#   the Maven jars work without the separate JavaFX jmods (which are not on Maven Central). The one catch:
#   in the jars the native libraries (libglass.so, libprism_*.so, ...) sit at the jar root, so jlink would
#   store them as ordinary resources of javafx.graphics, and JavaFX would then unpack them into
#   ~/.openjfx/cache on the first start. Instead they are left out of the image (--exclude-resources) and
#   copied into runtime/lib/, exactly where the jmods would put them; JavaFX's NativeLibLoader loads them
#   from there ("Loaded .../lib/libglass.so from relative path" with -Djavafx.verbose=true).
#   So the app image needs no --module-path at run time, and the JavaFX jars are not shipped as jars.
#   (Fallback if a future jlink refused the jars: jlink only the JDK modules, put lib/javafx into the
#   app dir and add --java-options "--module-path $APPDIR/javafx --add-modules javafx.controls,javafx.fxml".)
#
# Environment: JAVA_HOME selects the JDK (default: the one that provides `jpackage` on PATH; needs 17+
# with jmods/, on Debian from openjdk-17-jdk-headless); APP_VERSION overrides the version read from the
# app jar's manifest; JPACKAGE_VERBOSE=1 passes --verbose to jpackage.
set -euo pipefail

die() { echo "packaging/build.sh: error: $*" >&2; exit 1; }
say() { echo "packaging/build.sh: $*"; }

build_deb=auto
for arg in "$@"; do
  case "$arg" in
    --no-deb) build_deb=no ;;
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$arg' (try --help)" ;;
  esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"   # common.args and the platform .args files use paths relative to the project root

dist=target/dist
lib=$dist/lib
fx=$lib/javafx
out=target/package
app_jar=eac-migration-planner.jar

# ---- inputs --------------------------------------------------------------------------------------
[[ -d "$dist" ]] || die "$dist is missing. Build it first: mvn -B package -DskipTests"
[[ -f "$lib/$app_jar" ]] || die "$lib/$app_jar is missing. Build it first: mvn -B package -DskipTests"
shopt -s nullglob
fx_jars=("$fx"/*.jar)
cp_jars=("$lib"/*.jar)
shopt -u nullglob
((${#fx_jars[@]} > 0)) || die "no JavaFX jars in $fx (expected javafx-*-linux.jar). Rebuild: mvn -B package -DskipTests"

# ---- tools ---------------------------------------------------------------------------------------
if [[ -n "${JAVA_HOME:-}" ]]; then
  jdk="$JAVA_HOME"
else
  command -v jpackage >/dev/null 2>&1 || die "jpackage not found: set JAVA_HOME to a JDK 17+ (Debian: apt-get install -y openjdk-17-jdk-headless)"
  jdk="$(dirname "$(dirname "$(readlink -f "$(command -v jpackage)")")")"
fi
for tool in java jar jdeps jlink jpackage; do
  [[ -x "$jdk/bin/$tool" ]] || die "$jdk/bin/$tool not found: JAVA_HOME must point to a full JDK 17+ (with jpackage)"
done
jdk_major="$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
[[ "$jdk_major" =~ ^[0-9]+$ ]] && ((jdk_major >= 17)) || die "JDK at $jdk is version '$jdk_major'; 17 or newer is needed"

# ---- version: the app jar's Implementation-Version (maven-jar-plugin writes the pom version) -----
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
if [[ -z "${APP_VERSION:-}" ]]; then
  (cd "$tmp" && "$jdk/bin/jar" --extract --file "$root/$lib/$app_jar" META-INF/MANIFEST.MF)
  APP_VERSION="$(sed -n 's/^Implementation-Version: *//p' "$tmp/META-INF/MANIFEST.MF" | tr -d '\r')"
  if [[ -z "$APP_VERSION" && -f pom.xml ]]; then   # fall back to the <version> after the project's artifactId
    APP_VERSION="$(sed -n '/<artifactId>eac-migration-planner<\/artifactId>/,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n1)"
  fi
  [[ -n "$APP_VERSION" ]] || die "no Implementation-Version in $lib/$app_jar and no version in pom.xml; set APP_VERSION"
fi
version="${APP_VERSION%%-*}"   # 0.1.0-SNAPSHOT -> 0.1.0: jpackage wants numbers and dots only
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,3}$ ]] || die "cannot turn version '$APP_VERSION' into a numeric jpackage version"

# ---- JDK modules the app needs -------------------------------------------------------------------
# jdeps over the app jar and every class-path library (they resolve each other as roots; references to
# JavaFX are "missing" here and ignored, since JavaFX comes in through --add-modules below and brings its
# own JDK requirements). jdeps cannot see ServiceLoader-only needs, hence the extras:
#   jdk.crypto.ec (TLS with EC ciphers), jdk.localedata (non-English locales), jdk.charsets (legacy
#   charsets), java.naming + jdk.naming.dns (DNS lookups through JNDI, for the planned DNS probes).
say "computing JDK modules with jdeps"
if ! jdeps_out="$("$jdk/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 \
      "${cp_jars[@]}" 2>"$tmp/jdeps.err")"; then
  cat "$tmp/jdeps.err" >&2
  die "jdeps failed on $lib/*.jar (a modular jar whose 'requires' is not in $lib breaks it)"
fi
jdeps_mods="$(tail -n1 <<<"$jdeps_out")"
extras=(jdk.crypto.ec jdk.localedata jdk.charsets java.naming jdk.naming.dns)
available="$("$jdk/bin/java" --list-modules | sed 's/@.*//')"
modules=()
for m in ${jdeps_mods//,/ } "${extras[@]}"; do
  [[ "$m" == javafx.* ]] && continue
  if ! grep -qx "$m" <<<"$available"; then
    say "note: JDK module $m is not in $jdk, skipped"; continue
  fi
  [[ " ${modules[*]} " == *" $m "* ]] || modules+=("$m")
done
modules+=(javafx.controls javafx.fxml)
module_list="$(IFS=,; echo "${modules[*]}")"
say "modules: $module_list"

# ---- runtime image --------------------------------------------------------------------------------
rm -rf "$out"
mkdir -p "$out"
if ((jdk_major >= 21)); then compress=zip-6; else compress=2; fi
say "jlink -> $out/runtime"
"$jdk/bin/jlink" \
  --module-path "$fx" \
  --add-modules "$module_list" \
  --exclude-resources 'glob:/javafx.*/*.so' \
  --strip-debug --strip-native-commands --no-header-files --no-man-pages \
  --compress="$compress" \
  --output "$out/runtime" \
  || die "jlink failed (is $jdk/jmods present? On Debian it comes with openjdk-17-jdk-headless)"

# The JavaFX native libraries, from the jar roots into runtime/lib (see the header).
natives=0
for jar in "${fx_jars[@]}"; do
  mapfile -t libs < <("$jdk/bin/jar" --list --file "$jar" | grep -E '^[^/]+\.so$' || true)
  ((${#libs[@]} > 0)) || continue
  (cd "$out/runtime/lib" && "$jdk/bin/jar" --extract --file "$root/$jar" "${libs[@]}")
  natives=$((natives + ${#libs[@]}))
done
((natives > 0)) || die "no JavaFX native libraries (*.so) found in $fx/*.jar: are these the Linux-classifier jars?"

# ---- app image ------------------------------------------------------------------------------------
# --input gets only the class-path jars (not lib/javafx: JavaFX is in the runtime); jpackage puts every
# jar of --input on the launcher's class path.
mkdir -p "$out/input"
cp "${cp_jars[@]}" "$out/input/"
verbose=()
[[ "${JPACKAGE_VERBOSE:-0}" == 1 ]] && verbose=(--verbose)

say "jpackage --type app-image (version $version)"
"$jdk/bin/jpackage" @packaging/common.args @packaging/linux/linux.args "${verbose[@]}" \
  --type app-image \
  --input "$out/input" \
  --runtime-image "$out/runtime" \
  --app-version "$version" \
  --dest "$out"
launcher="$out/eac-planner/bin/eac-planner"
[[ -x "$launcher" ]] || die "jpackage finished but $launcher is missing"
say "app image: $launcher"

# ---- .deb -----------------------------------------------------------------------------------------
if [[ "$build_deb" == auto ]]; then
  if command -v dpkg-deb >/dev/null 2>&1 && command -v fakeroot >/dev/null 2>&1; then
    say "jpackage --type deb"
    "$jdk/bin/jpackage" @packaging/common.args @packaging/linux/linux.args @packaging/linux/linux-deb.args \
      "${verbose[@]}" \
      --type deb \
      --input "$out/input" \
      --runtime-image "$out/runtime" \
      --app-version "$version" \
      --dest "$out"
    for deb in "$out"/*.deb; do say "deb: $deb"; done
  else
    say "no .deb: dpkg-deb and fakeroot are needed (Debian: apt-get install -y fakeroot; dpkg-deb comes with dpkg)"
  fi
fi
