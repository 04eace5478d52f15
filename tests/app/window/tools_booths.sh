#!/usr/bin/env bash
# A planner moves an exhibitor, merges and splits booths in the real window under Xvfb (see tools_booths.py).
# Called by ctest as SCRIPT BOOTHPLAN WORK_DIR; screenshots stay in WORK_DIR/artefacts.
exec python3 "$(dirname "$0")/tools_booths.py" "$@"
