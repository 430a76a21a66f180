#!/usr/bin/env bash
#
# Does what the Dockerfile's build stage does, without Docker, and checks the result:
#
#   1. copies the restore inputs into an empty folder, as the build stage's COPY lines before
#      `RUN dotnet restore` name them (read from the Dockerfile), and runs
#      `dotnet restore src/Mentoring.Web -a <arch>` there;
#   2. copies what the COPY lines after it name (src/, dialogs/) as .dockerignore leaves them (no
#      bin/, obj/, local databases) and runs
#      `dotnet publish src/Mentoring.Web -c Release -a <arch> -o <app> --no-restore`, where <arch>
#      is this machine's architecture as BuildKit names it (amd64, arm64);
#   3. checks that <app> holds Mentoring.Web.dll, appsettings.json and dialogs/lists/sectors.yaml,
#      that `dotnet Mentoring.Web.dll migrate` run in <app> migrates a fresh SQLite file and exits
#      0, and that a bad setting exits 2 with one line on stderr.
#
# So a project file or folder the Dockerfile forgets to copy fails here too. The exclusions in
# copy_as_docker mirror .dockerignore; keep the two alike.
#
#   bash infra/check-publish.sh           the work folder is deleted afterwards
#   bash infra/check-publish.sh --keep    keep it (its path is printed)
#
# The dotnet steps run under flock on $MENTORING_BUILD_LOCK (default /tmp/mentoring-build.lock),
# so builds sharing a small machine take turns.

set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCK="${MENTORING_BUILD_LOCK:-/tmp/mentoring-build.lock}"
KEEP=0
[ "${1:-}" = "--keep" ] && KEEP=1

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

WORK="$(mktemp -d "${TMPDIR:-/tmp}/mentoring-publish.XXXXXX")"
SRC="$WORK/src"   # the build stage's /src
APP="$WORK/app"   # the build stage's /app
cleanup() {
  if [ "$KEEP" -eq 1 ]; then
    echo "kept: $WORK" >&2
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

log() { printf '==> %s\n' "$*" >&2; }
fail() {
  printf 'FAIL: %s\n' "$*" >&2
  exit 1
}
locked() { flock "$LOCK" "$@"; }

# COPY lines of the Dockerfile's build stage: phase "restore" before `RUN dotnet restore`, phase
# "publish" after it. Each line is printed without the COPY.
build_stage_copies() {
  awk -v phase="$1" '
    /^FROM .* AS build/        { inside = 1; current = "restore"; next }
    /^FROM /                   { inside = 0 }
    inside && /^RUN dotnet restore / { current = "publish"; next }
    inside && /^COPY /         { if (current == phase) { sub(/^COPY[ \t]+/, ""); print } }
  ' "$REPO_ROOT/Dockerfile"
}

# Docker's COPY for the two forms the build stage uses, which keep paths as they are:
# `COPY file… dir/` where dir is the files' folder, and `COPY dir/ dir/`.
copy_as_docker() {
  local -a args
  read -r -a args <<<"$1"
  local dest="${args[${#args[@]} - 1]}" src parent
  unset 'args[${#args[@]}-1]'
  for src in "${args[@]}"; do
    case "$src" in --*) fail "COPY $1: flags are not understood here" ;; esac
    if [ "${src%/}" != "$src" ]; then
      [ "$dest" = "$src" ] || fail "COPY $1: a folder must keep its path"
    else
      parent="$(dirname "$src")/"
      [ "$dest" = "$parent" ] || fail "COPY $1: a file must go to its own folder"
    fi
    [ -e "$REPO_ROOT/$src" ] || fail "COPY $1: $src does not exist"
    tar -C "$REPO_ROOT" -cf - \
      --exclude=bin --exclude=obj --exclude=TestResults \
      --exclude=src/Mentoring.Web/data \
      --exclude='*.db' --exclude='*.db-shm' --exclude='*.db-wal' --exclude='*.user' \
      "${src%/}" | tar -C "$SRC" -xf -
  done
}

# The build stage's RUN lines, which this script runs as they are (with /app as $APP, and this
# machine's architecture as BuildKit's TARGETARCH).
# shellcheck disable=SC2016 # the lines are matched literally, $TARGETARCH included
RESTORE='RUN dotnet restore src/Mentoring.Web -a $TARGETARCH'
# shellcheck disable=SC2016
PUBLISH='RUN dotnet publish src/Mentoring.Web -c Release -a $TARGETARCH -o /app --no-restore'
case "$(uname -m)" in
  x86_64) TARGETARCH=amd64 ;;
  aarch64 | arm64) TARGETARCH=arm64 ;;
  *) fail "no TARGETARCH for $(uname -m)" ;;
esac
for line in "$RESTORE" "$PUBLISH"; do
  grep -qxF "$line" "$REPO_ROOT/Dockerfile" || fail "the Dockerfile no longer has \"$line\"; update this script"
done

# ---- 1. restore, from the package-graph files only ---------------------------------------------
mkdir -p "$SRC"
while IFS= read -r copy; do
  log "COPY $copy"
  copy_as_docker "$copy"
done < <(build_stage_copies restore)
log "dotnet restore src/Mentoring.Web -a $TARGETARCH"
(cd "$SRC" && locked dotnet restore src/Mentoring.Web -a "$TARGETARCH")

# ---- 2. the rest, then publish -----------------------------------------------------------------
while IFS= read -r copy; do
  log "COPY $copy"
  copy_as_docker "$copy"
done < <(build_stage_copies publish)
log "dotnet publish src/Mentoring.Web -c Release -a $TARGETARCH -o $APP --no-restore"
(cd "$SRC" && locked dotnet publish src/Mentoring.Web -c Release -a "$TARGETARCH" -o "$APP" --no-restore)

# ---- 3. check the published folder ---------------------------------------------------------------
for f in Mentoring.Web.dll appsettings.json dialogs/lists/sectors.yaml; do
  [ -f "$APP/$f" ] || fail "published folder lacks $f"
  log "present: $f"
done

DB="$WORK/m.db"
log "dotnet Mentoring.Web.dll migrate (SQLite at $DB)"
rc=0
(cd "$APP" && ConnectionStrings__Mentoring="Data Source=$DB" locked dotnet Mentoring.Web.dll migrate) || rc=$?
[ "$rc" -eq 0 ] || fail "migrate exited $rc"
[ -s "$DB" ] || fail "migrate exited 0 but left no database at $DB"
log "migrate exited 0 and created $DB"

log "a bad setting: Storage__Provider=Oracle ... migrate"
rc=0
(cd "$APP" && Storage__Provider=Oracle locked dotnet Mentoring.Web.dll migrate) >"$WORK/bad.out" 2>"$WORK/bad.err" || rc=$?
[ "$rc" -eq 2 ] || fail "a bad setting exited $rc, not 2 (stderr: $(cat "$WORK/bad.err"))"
[ "$(wc -l <"$WORK/bad.err")" -eq 1 ] || fail "a bad setting printed $(wc -l <"$WORK/bad.err") lines on stderr, not 1"
log "exit 2: $(cat "$WORK/bad.err")"

echo "check-publish: OK ($(du -sh "$APP" | cut -f1) published)"
