#!/usr/bin/env bash
# Work is never lost: kill -9 of the window, then a reopen that offers the recovered edits
# (see window_recovery.py). Called by ctest as SCRIPT BOOTHPLAN WORK_DIR.
exec python3 "$(dirname "$0")/window_recovery.py" "$@"
