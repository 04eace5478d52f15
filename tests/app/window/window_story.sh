#!/usr/bin/env bash
# A planner's day in the real window under Xvfb (see window_story.py). Called by ctest as
# SCRIPT BOOTHPLAN WORK_DIR; screenshots stay in WORK_DIR/artefacts.
exec python3 "$(dirname "$0")/window_story.py" "$@"
