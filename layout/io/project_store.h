// The project file: one SQLite database per project (DESIGN §4).
// Every save is one transaction, so a crash or kill at any moment leaves the old or the new project.
#pragma once

#include "layout/model/model.h"

#include <stdexcept>
#include <string>

namespace bp
{

// Schema version written to PRAGMA user_version.
constexpr int kProjectSchemaVersion = 2;

// A project file that cannot be opened: missing, not a boothplan project, newer than this build.
struct StoreError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// Reads a whole project. Migrates an older schema in place after copying the file to
// `PATH.v<N>.bak`. Throws StoreError.
Project load_project(const std::string& path);

// Writes the whole project in one transaction (creating the file when absent). Throws StoreError.
void save_project(const Project& project, const std::string& path);

} // namespace bp
