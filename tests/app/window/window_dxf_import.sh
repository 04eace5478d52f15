#!/usr/bin/env bash
# File ▸ New from venue with a DXF: the import dialog maps layers by clicking, picks the units, shows
# the summary live, Cancel changes nothing and Create project opens the venue (see
# window_dxf_import.py). Called by ctest as SCRIPT BOOTHPLAN WORK_DIR.
exec python3 "$(dirname "$0")/window_dxf_import.py" "$@"
