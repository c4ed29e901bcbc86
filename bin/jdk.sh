# Sourced by bin/start and .ci/run: select_jdk exports JAVA_HOME as the newest JDK 21+ under
# /usr/lib/jvm (Temurin 25 first), unless JAVA_HOME already points at a JDK 21+.
# The feature version of the JDK at $1 (25 for 25.0.3, 8 for 1.8.0), or 0 if unknown.
jdk_feature_version() {
  local version=""
  if [[ -r "$1/release" ]]; then
    version=$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$1/release")
  fi
  if [[ -z "$version" ]]; then
    version=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1 || true)
  fi
  version=${version#1.}
  version=${version%%[.+-]*}
  [[ "$version" =~ ^[0-9]+$ ]] && echo "$version" || echo 0
}

select_jdk() {
  local candidate best="" best_version=0 version
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" ]] && (($(jdk_feature_version "$JAVA_HOME") >= 21)); then
    export PATH="$JAVA_HOME/bin:$PATH"
    return 0
  fi
  for candidate in /usr/lib/jvm/temurin-25-*; do
    if [[ -x "$candidate/bin/javac" ]]; then
      best=$candidate
      best_version=25
      break
    fi
  done
  if [[ -z "$best" ]]; then
    for candidate in /usr/lib/jvm/*; do
      [[ -x "$candidate/bin/javac" ]] || continue
      version=$(jdk_feature_version "$candidate")
      if ((version >= 21 && version > best_version)); then
        best=$candidate
        best_version=$version
      fi
    done
  fi
  if [[ -z "$best" ]]; then
    echo "ERROR: no JDK 21 or newer under /usr/lib/jvm (Kassa needs Java 21+; install e.g." \
      "temurin-25-jdk)." >&2
    return 1
  fi
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
}

