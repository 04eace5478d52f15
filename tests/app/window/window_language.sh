#!/usr/bin/env bash
# English and Simplified Chinese at run time, Persian names shaped (see window_language.py).
# Golden images: tests/app/window/golden/. Regenerate them (then look at them!) with
#   BOOTHPLAN_UPDATE_GOLDEN=1 ctest -R gui.window_language
exec python3 "$(dirname "$0")/window_language.py" "$@"
