// The planner's settings kept between sessions: language, recent projects and folders, solver
// settings. A JSON file in $XDG_CONFIG_HOME/boothplan (or ~/.config/boothplan). No GL, no ImGui.
#pragma once

#include "i18n.h"
#include "solver_job.h"

#include <string>
#include <vector>

namespace bp::win
{

struct Settings
{
    Language language = Language::English;
    std::vector<std::string> recent_projects; // newest first, at most 10
    std::vector<std::string> recent_folders;  // for the file dialog, newest first, at most 8
    SolveSettings solve;
    bool colour_legend = true;
};

std::string settings_path();
// Missing or unreadable settings give the defaults (the language from $LANG); never throws.
Settings load_settings();
// Written atomically; a failure is returned as a message (empty when saved).
std::string save_settings(const Settings& settings);

void remember_project(Settings& settings, const std::string& path);
void remember_folder(Settings& settings, const std::string& folder);

} // namespace bp::win
