// `boothplan check`: collisions and safety rules over the whole project; exit 1 on hard violations.
#include "commands.h"

#include "layout/io/project_store.h"
#include "layout/rules/checks.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <iostream>

namespace bp::cli
{

void add_check_command(CLI::App& app)
{
    struct Options
    {
        std::string project;
        bool json = false;
    };
    auto opt = std::make_shared<Options>();
    CLI::App* cmd = app.add_subcommand("check", "Check collisions and safety rules; exit 1 on hard violations");
    cmd->add_option("PROJECT", opt->project, "Project file (*.boothplan)")->required()->check(CLI::ExistingFile);
    cmd->add_flag("--json", opt->json, "Print the report as JSON");
    cmd->callback(
        [opt]
        {
            Project p = load_project(opt->project);
            CheckReport r = check_project(p);
            if (opt->json)
            {
                nlohmann::ordered_json j;
                j["project"] = opt->project;
                j["hard"] = r.hard();
                j["soft"] = r.soft();
                j["violations"] = nlohmann::ordered_json::array();
                for (const Violation& v : r.violations)
                    j["violations"].push_back({{"rule", v.rule},
                                               {"level", to_string(v.level)},
                                               {"hall", hall_code(p, v)},
                                               {"booths", subject_names(p, v)},
                                               {"x", std::round(v.at.x * 100) / 100},
                                               {"y", std::round(v.at.y * 100) / 100},
                                               {"message", v.message}});
                std::cout << j.dump(2) << "\n";
            }
            else
            {
                for (const Violation& v : r.violations)
                {
                    char at[64];
                    std::snprintf(at, sizeof at, "(%.2f, %.2f)", v.at.x, v.at.y);
                    std::cout << to_string(v.level) << " " << v.rule << " hall " << hall_code(p, v) << " at " << at
                              << ": " << v.message << "\n";
                }
                std::cout << opt->project << ": " << r.hard() << " hard, " << r.soft() << " soft violations\n";
            }
            if (r.hard() > 0)
                throw ExitStatus{kExitViolations, ""};
        });
}

} // namespace bp::cli
