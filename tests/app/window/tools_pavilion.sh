#!/usr/bin/env bash
# A planner drags a pavilion onto the hall in the real window under Xvfb (see tools_pavilion.py).
# Called by ctest as SCRIPT BOOTHPLAN WORK_DIR; screenshots stay in WORK_DIR/artefacts.
exec python3 "$(dirname "$0")/tools_pavilion.py" "$@"
