#!/bin/sh
# ConvScope's launcher on Linux, written into the app image by packaging/package.sh in place of jpackage's own.
# Why not jpackage's: before it starts Java it asks rpm and dpkg, twice, which package owns it (dpkg -S scans every
# installed package's file list), which took 0.4 s of each start on a Debian machine, and a class waits for it.
#
#   convscope [file]              the window (with a model, session or lesson file)
#   convscope <command> ...       the CLI (convscope --help)
#   convscope --make-cds-archive  writes lib/app/convscope.jsa from lib/app/convscope.classlist (package.sh and
#                                 the .deb's postinst run it where the app lives: the archive holds its paths)
set -e
app=$(dirname "$(readlink -f "$0")")/../lib/app
app=$(cd "$app" && pwd)
java="$app/../runtime/bin/java"
cp="@CLASSPATH@"
if [ "${1:-}" = "--make-cds-archive" ]; then
  exec "$java" -Xshare:dump -XX:SharedClassListFile="$app/convscope.classlist" -XX:SharedArchiveFile="$app/convscope.jsa" \
    @JAVA_OPTIONS@ -cp "$cp"
fi
if [ -s "$app/convscope.jsa" ]; then
  set -- -XX:SharedArchiveFile="$app/convscope.jsa" -Xshare:auto -cp "$cp" org.convscope.app.Launcher "$@"
else
  set -- -cp "$cp" org.convscope.app.Launcher "$@"
fi
exec "$java" -Djpackage.app-path="$0" -Djpackage.app-version=@VERSION@ @JAVA_OPTIONS@ "$@"
