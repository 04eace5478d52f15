#!/usr/bin/env bash
# Installs every Debian bookworm package that boothplan's build, run and tests need, and the
# Khronos glTF validator from npm into node_modules/ (git-ignored, pinned by package-lock.json).
# Idempotent: skips what is present; runs apt-get update at most once; works as root or through sudo.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git python3 ca-certificates
  # model, project file, command line, collision index
  libsqlite3-dev sqlite3 nlohmann-json3-dev libcli11-dev libbox2d-dev libglm-dev
  # exports and imports: booth maps, lists, CAD, glTF, spreadsheets
  libcairo2-dev libpango1.0-dev libdxflib-dev libtinygltf-dev libxlsxwriter-dev libzip-dev libxml2-dev
  fonts-noto-core fonts-noto-cjk fonts-dejavu-core
  # tests: Catch2, independent readers of our outputs, the DXF fuzzer, the exact-solver benchmark
  catch2 poppler-utils librsvg2-bin python3-ezdxf python3-openpyxl clang-14 libclang-rt-14-dev coinor-libcbc-dev
  # the planner window and the renderer: Dear ImGui 1.86 (its libimgui.a holds the GLFW and OpenGL3
  # back ends), GLFW, the glad 2 loader generator, FriBidi for Persian in the window, zenity dialogs
  libimgui-dev libglfw3-dev python3-glad libfribidi-dev zenity
  # tests of the window and the renderer under Xvfb (Mesa llvmpipe), screenshots, the independent
  # glTF viewer, LibreCAD for the DXF export, sanitizers and static analysis
  xvfb xauth xdotool imagemagick libgl1-mesa-dri mesa-utils f3d librecad valgrind clang-tidy-14 cppcheck
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "setup: need root or sudo to install packages" >&2; exit 1
  fi
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# Node.js with npm for the glTF validator: any installed node (Debian's or another) will do.
if ! command -v npm >/dev/null; then
  missing+=(nodejs npm)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  echo "setup: all ${#PACKAGES[@]} Debian packages present"
fi

# The Khronos glTF validator, pinned by package-lock.json.
if [ ! -d node_modules/gltf-validator ]; then
  echo "setup: installing gltf-validator into node_modules/"
  npm ci --no-audit --no-fund --loglevel=error
fi
