#!/usr/bin/env bash
# A pavilion dragged onto a hall in the 3D view (see tools_scene3d.py). Called by ctest as SCRIPT
# BOOTHPLAN WORK_DIR.
exec python3 "$(dirname "$0")/tools_scene3d.py" "$@"
