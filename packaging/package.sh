#!/usr/bin/env bash
# Builds ConvScope installers with the JDK's jpackage (JDK 17+).
#
#   packaging/package.sh              Linux: app image + .deb   (target/dist/)
#   packaging/package.sh app-image    a self-contained folder with its own Java runtime
#   packaging/package.sh deb          Debian/Ubuntu package (needs fakeroot, dpkg-deb)
#   packaging/package.sh msi          Windows, in Git Bash (needs the WiX Toolset 3 on PATH)
#   packaging/package.sh dmg          macOS
#
# or through Maven: mvn -Ppackage package
# The image carries the datasets and pretrained models (assets/), the app icon, and the JVM options
# the app needs: the Vector API module, a heap of 560 MB (see bench/soak.sh), training threads below the window's priority.
set -euo pipefail
cd "$(dirname "$0")/.."

TYPES=${1:-linux}
NAME=convscope
VERSION=$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -n 1)
JPACKAGE=${JPACKAGE:-jpackage}
command -v "$JPACKAGE" >/dev/null || { echo "jpackage not found: use a JDK 17+ (not a JRE), or set JPACKAGE=path"; exit 1; }

case "$(uname -s)" in
  Linux*) PLATFORM=linux; ICON=packaging/icons/convscope.png ;;
  Darwin*) PLATFORM=mac; ICON=packaging/icons/convscope.icns ;;
  MINGW*|MSYS*|CYGWIN*) PLATFORM=win; ICON=packaging/icons/convscope.ico ;;
  *) echo "unknown platform $(uname -s)"; exit 1 ;;
esac
[ "$TYPES" = linux ] && TYPES="app-image deb"

if [ "${SKIP_BUILD:-}" != 1 ]; then
  mvn -q -B package -DskipTests
fi

# JavaFX's platform jars go on the module path (its classifier-less jars are empty stubs that
# would clash); everything else, the app and its assets on the class path.
JP=target/jpackage
rm -rf "$JP" && mkdir -p "$JP/mods" "$JP/input" target/dist
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-"$PLATFORM"*.jar) cp "$jar" "$JP/mods/" ;;
    javafx-*) ;;
    *) cp "$jar" "$JP/input/" ;;
  esac
done
cp target/convscope.jar "$JP/input/"
mkdir -p "$JP/input/assets"
cp -r assets/datasets "$JP/input/assets/"
[ -d assets/models ] && cp -r assets/models "$JP/input/assets/"
[ -d assets/photos ] && cp -r assets/photos "$JP/input/assets/"

# modules found with: jdeps --print-module-deps --ignore-missing-deps --multi-release 17 ...
MODULES=java.base,java.desktop,java.logging,java.sql,jdk.management,jdk.unsupported,jdk.incubator.vector,javafx.controls
COMMON=(--name "$NAME" --app-version "$VERSION" --vendor "ConvScope"
  --description "See a convolutional neural network learn"
  --input "$JP/input" --main-jar convscope.jar --main-class org.convscope.app.Launcher
  --module-path "$JP/mods" --add-modules "$MODULES"
  --java-options "--add-modules=jdk.incubator.vector -Xmx560m -XX:ThreadPriorityPolicy=1"
  --dest target/dist)

# A class-data-sharing archive (AppCDS) of the classes a real session loads, so the installed app starts
# faster: the image's own app runs once, trains for a few seconds and closes, and the JVM writes the classes
# it loaded into lib/app/convscope.jsa; from then on the launcher maps them instead of loading them. Linux
# only (it needs a display; xvfb-run gives one). Without it the app works the same, only starts slower.
cds_archive() {
  local image="target/dist/$NAME" cfg="target/dist/$NAME/lib/app/$NAME.cfg" jsa='$APPDIR/'"$NAME.jsa"
  [ "$PLATFORM" = linux ] || return 0
  if ! command -v xvfb-run >/dev/null; then echo "no AppCDS archive: xvfb-run not found (apt-get install xvfb xauth)"; return 0; fi
  cp "$cfg" "$cfg.plain"
  printf 'java-options=-XX:ArchiveClassesAtExit=%s\njava-options=-Dconvscope.tour=never\njava-options=-Dconvscope.autostart=2\njava-options=-Dconvscope.closeAfter=20\n' "$jsa" >> "$cfg"
  local home; home=$(mktemp -d)
  HOME="$home" timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$image/bin/$NAME" >"$home/cds.log" 2>&1 || true
  mv "$cfg.plain" "$cfg"
  if [ -s "$image/lib/app/$NAME.jsa" ]; then
    printf 'java-options=-XX:SharedArchiveFile=%s\njava-options=-Xshare:auto\n' "$jsa" >> "$cfg"
    echo "AppCDS archive: $(du -h "$image/lib/app/$NAME.jsa" | cut -f1) of classes from a training run"
  else
    echo "no AppCDS archive (the training run wrote none; see $home/cds.log)"
  fi
}

build_image() {
  rm -rf "target/dist/$NAME"
  "$JPACKAGE" --type app-image "${COMMON[@]}" --icon "$ICON" \
    --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=2 --generate-cds-archive"
  cds_archive
}

for type in $TYPES; do
  start=$(date +%s)
  case "$type" in
    app-image)
      build_image ;;
    deb)
      # from the app image, so the package carries its AppCDS archive
      [ -d "target/dist/$NAME" ] || build_image
      # no --linux-shortcut and no --icon: either makes jpackage 17 write a menu entry, which pulls
      # in xdg-utils, whose scripts fail on machines without a desktop menu (lab servers, CI); the
      # window shows the app's icon anyway, set by the app itself
      "$JPACKAGE" --type deb --app-image "target/dist/$NAME" --name "$NAME" --app-version "$VERSION" --vendor "ConvScope" \
        --description "See a convolutional neural network learn" --dest target/dist \
        --linux-package-deps libgtk-3-0 --resource-dir packaging/linux --linux-deb-maintainer "convscope@localhost" ;;
    msi)
      "$JPACKAGE" --type msi "${COMMON[@]}" --icon "$ICON" --win-menu --win-shortcut --win-dir-chooser ;;
    dmg)
      "$JPACKAGE" --type dmg "${COMMON[@]}" --icon "$ICON" --mac-package-name ConvScope ;;
    *) echo "unknown type $type (app-image, deb, msi, dmg)"; exit 1 ;;
  esac
  echo "$type built in $(( $(date +%s) - start )) s"
done
ls -la target/dist
