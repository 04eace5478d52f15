# Shared by the CLI end-to-end scripts (sourced, never run by ctest): arguments, a fresh work
# directory, and TAP-like ok/FAIL lines.  Scripts are called as SCRIPT BOOTHPLAN DATA_DIR WORK_DIR.
set -u
BIN=$1 DATA=$2 WORK=$3
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || exit 3
fails=0 passes=0
ok()   { echo "ok - $*"; passes=$((passes + 1)); }
fail() { echo "FAIL - $*"; fails=$((fails + 1)); }
expect_status() { # STATUS DESCRIPTION COMMAND...   (stdout to out.txt, stderr to err.txt)
  local want=$1 what=$2; shift 2
  "$@" >out.txt 2>err.txt; local got=$?
  if [ "$got" -eq "$want" ]; then ok "$what (exit $got)"; else fail "$what: exit $got, wanted $want"; cat out.txt err.txt; fi
}
finish() { # the plain closing line, and the exit status ctest reads
  echo "$passes passed, $fails failed"
  [ "$fails" -eq 0 ]
}
