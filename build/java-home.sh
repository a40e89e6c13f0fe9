#!/usr/bin/env bash
# Prints the home of a JDK 21 or newer: $JAVA_HOME when it is one, else the first found in the usual places
# (/usr/lib/jvm, SDKMAN, /opt, macOS's java_home). Exits 1 with a message saying what to do when there is none.
version_ok() { "$1/bin/java" -version 2>&1 | head -1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; }
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && version_ok "$JAVA_HOME"; then
  echo "$JAVA_HOME"; exit 0
fi
candidates=()
if command -v java >/dev/null 2>&1; then
  candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
fi
for dir in /usr/lib/jvm/* "$HOME"/.sdkman/candidates/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
  [ -x "$dir/bin/java" ] && candidates+=("$dir")
done
if [ -x /usr/libexec/java_home ]; then
  candidates+=("$(/usr/libexec/java_home -v 21+ 2>/dev/null || true)")
fi
for dir in "${candidates[@]}"; do
  if [ -n "$dir" ] && [ -x "$dir/bin/java" ] && version_ok "$dir"; then
    echo "$dir"; exit 0
  fi
done
echo "Session Ledger needs a JDK 21 or newer, and none was found (JAVA_HOME=${JAVA_HOME:-unset}, java on the PATH: $(java -version 2>&1 | head -1 || echo none))." >&2
echo "Install one (e.g. apt-get install openjdk-21-jdk, or from adoptium.net) or set JAVA_HOME to it." >&2
exit 1
