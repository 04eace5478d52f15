#!/usr/bin/env bash
# The main job: set up, build (Release) and plan the CISMEF sample fair from scratch.
# With a display: generate the fair and its booth grid, then open the planner window on it.
# Without one, or with --headless: generate it, lay out the booth grid, allocate every exhibitor,
# check the plan and export it in every format.
# Usage: scripts/run.sh [--headless] [--seed N] [--out DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
SEED=1 OUT=out HEADLESS=0
while [ $# -gt 0 ]; do
  case $1 in
    --headless) HEADLESS=1; shift ;;
    --seed) SEED=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    *) echo "usage: scripts/run.sh [--headless] [--seed N] [--out DIR]" >&2; exit 2 ;;
  esac
done

./scripts/setup.sh >/dev/null
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build-release -j "$(nproc)" --target boothplan
BP=build-release/app/boothplan
mkdir -p "$OUT"
PROJECT=$OUT/cismef.boothplan

step() { echo; echo "== $*"; }
step "sample: the CISMEF fair (seed $SEED)"
$BP sample --preset cismef --seed "$SEED" -o "$PROJECT" --force
step "grid: booth blocks in every hall"
$BP grid "$PROJECT"
if [ $HEADLESS -eq 0 ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  step "the planner window on $PROJECT (Allocate ▸ Auto-allocate; File ▸ Export)"
  status=0
  $BP "$PROJECT" || status=$?
  # 2: the window could not open on this display; do the headless job instead.
  [ $status -eq 2 ] || exit $status
  echo "(no window on this display: running the headless job)"
fi
step "solve: allocate every exhibitor"
status=0
$BP solve "$PROJECT" --seed "$SEED" --report "$OUT/solve-report.json" || status=$?
[ $status -eq 0 ] || echo "(solve ended with exit status $status: see $OUT/solve-report.json)"
step "check: collisions and safety rules"
if $BP check "$PROJECT" --json > "$OUT/check.json"; then
  echo "no hard violations ($OUT/check.json)"
else
  echo "check found violations: see $OUT/check.json"
fi
step "export"
failed=0
for fmt in json csv pdf svg png xlsx geojson dxf gltf; do
  case $fmt in json) ext=project.json ;; *) ext=$fmt ;; esac
  if $BP export "$PROJECT" --format "$fmt" -o "$OUT/cismef.$ext" >/dev/null 2>"$OUT/export-$fmt.err"; then
    echo "  $OUT/cismef.$ext"; rm -f "$OUT/export-$fmt.err"
  else
    echo "  $fmt: failed, see $OUT/export-$fmt.err"; failed=1
  fi
done
echo
echo "Results are in $(cd "$OUT" && pwd): the project $PROJECT and its exports."
echo "Booth map: $OUT/cismef.pdf   exhibitor list: $OUT/cismef.csv   solve report: $OUT/solve-report.json"
exit $failed
