#!/usr/bin/env bash
# Bad input in the window shows the CLI's `file:line: column: message` list and changes nothing
# (see window_bad_input.py). Called by ctest as SCRIPT BOOTHPLAN WORK_DIR.
exec python3 "$(dirname "$0")/window_bad_input.py" "$@"
