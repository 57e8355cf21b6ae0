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
# the app needs (packaging/jvm-options.sh).
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

source packaging/jvm-options.sh

# modules found with: jdeps --print-module-deps --ignore-missing-deps --multi-release 17 ...
MODULES=java.base,java.desktop,java.logging,java.sql,jdk.management,jdk.unsupported,jdk.incubator.vector,javafx.controls
COMMON=(--name "$NAME" --app-version "$VERSION" --vendor "ConvScope"
  --description "See a convolutional neural network learn"
  --input "$JP/input" --main-jar convscope.jar --main-class org.convscope.app.Launcher
  --module-path "$JP/mods" --add-modules "$MODULES"
  --java-options "${INSTALLER_JVM_OPTIONS[*]}"
  --dest target/dist)

# Linux: the image's bin/convscope is packaging/linux/launcher.sh, not jpackage's launcher (which asks rpm and dpkg
# which package owns it at every start: 0.4 s here), with the class path and JVM options jpackage wrote in its .cfg.
linux_launcher() {
  local image="target/dist/$NAME" cfg="target/dist/$NAME/lib/app/$NAME.cfg" cp opts
  cp=$(sed -n 's/^app.classpath=\$APPDIR/$app/p' "$cfg" | paste -sd: -)
  opts=$(sed -n 's/^java-options=//p' "$cfg" | grep -v '^-Djpackage.app-version=' | paste -sd' ' -)
  sed -e "s|@CLASSPATH@|$cp|" -e "s|@JAVA_OPTIONS@|$opts|g" -e "s|@VERSION@|$VERSION|" \
    packaging/linux/launcher.sh > "$image/bin/$NAME"
  chmod 755 "$image/bin/$NAME"
}

# A class-data-sharing archive (AppCDS) of the classes a real session loads, so the app starts faster (1.1 s here):
# the image's own app runs once under xvfb-run, trains for a few seconds and closes, and the JVM lists the classes it
# loaded in lib/app/convscope.classlist; the launcher then writes them, with the JDK's, into lib/app/convscope.jsa,
# which every start maps instead of loading the classes. The archive records where the jars are, so it is written
# again where the app is installed (the .deb's postinst does). Without it the app works the same, only starts slower.
cds_archive() {
  local image="target/dist/$NAME" list="target/dist/$NAME/lib/app/$NAME.classlist"
  if ! command -v xvfb-run >/dev/null; then echo "no AppCDS archive: xvfb-run not found (apt-get install xvfb xauth)"; return 0; fi
  local home; home=$(mktemp -d)
  HOME="$home" JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$PWD/$list -Dconvscope.tour=never -Dconvscope.autostart=2 -Dconvscope.closeAfter=20" \
    timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$image/bin/$NAME" >"$home/cds.log" 2>&1 || true
  if [ -s "$list" ] && "$image/bin/$NAME" --make-cds-archive >"$home/dump.log" 2>&1 && [ -s "$image/lib/app/$NAME.jsa" ]; then
    echo "AppCDS archive: $(du -h "$image/lib/app/$NAME.jsa" | cut -f1), $(wc -l < "$list") classes from a training run"
  else
    rm -f "$image/lib/app/$NAME.jsa"
    echo "no AppCDS archive (see $home/cds.log and $home/dump.log)"
  fi
}

build_image() {
  rm -rf "target/dist/$NAME"
  "$JPACKAGE" --type app-image "${COMMON[@]}" --icon "$ICON" \
    --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=2 --generate-cds-archive"
  if [ "$PLATFORM" = linux ]; then
    linux_launcher
    cds_archive
  fi
}

for type in $TYPES; do
  start=$(date +%s)
  case "$type" in
    app-image)
      build_image ;;
    deb)
      # from the app image, with its launcher and class list; not its AppCDS archive, which holds the image's
      # paths: the package's postinst writes one in /opt/convscope (packaging/linux/postinst)
      [ -d "target/dist/$NAME" ] || build_image
      jsa="target/dist/$NAME/lib/app/$NAME.jsa"
      if [ -f "$jsa" ]; then mv "$jsa" target/dist/jsa.keep; trap 'mv target/dist/jsa.keep "$jsa"' EXIT; fi
      # no --linux-shortcut and no --icon: either makes jpackage 17 write a menu entry, which pulls
      # in xdg-utils, whose scripts fail on machines without a desktop menu (lab servers, CI); the
      # window shows the app's icon anyway, set by the app itself
      "$JPACKAGE" --type deb --app-image "target/dist/$NAME" --name "$NAME" --app-version "$VERSION" --vendor "ConvScope" \
        --description "See a convolutional neural network learn" --dest target/dist \
        --linux-package-deps libgtk-3-0 --resource-dir packaging/linux --linux-deb-maintainer "convscope@localhost"
      if [ -f target/dist/jsa.keep ]; then mv target/dist/jsa.keep "$jsa"; trap - EXIT; fi
      ;;
    msi)
      "$JPACKAGE" --type msi "${COMMON[@]}" --icon "$ICON" --win-menu --win-shortcut --win-dir-chooser ;;
    dmg)
      "$JPACKAGE" --type dmg "${COMMON[@]}" --icon "$ICON" --mac-package-name ConvScope ;;
    *) echo "unknown type $type (app-image, deb, msi, dmg)"; exit 1 ;;
  esac
  echo "$type built in $(( $(date +%s) - start )) s"
done
ls -la target/dist
