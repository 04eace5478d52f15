// The command-line interface: one add_*_command per subcommand, each in its own file.
// A command returns normally for exit status 0 or throws ExitStatus for another status.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace bp::cli
{

// Exit statuses of DESIGN §5.
enum : int
{
    kExitOk = 0,
    kExitViolations = 1, // `check` found hard violations, `solve` ended infeasible
    kExitBadInput = 2,   // bad input or usage
    kExitInternal = 3,
};

struct ExitStatus
{
    int code;
    std::string message; // printed on stderr when not empty
};

// True when stderr is a terminal: long work prints progress then.
bool progress_wanted();

void add_sample_command(CLI::App& app);
void add_new_command(CLI::App& app);
void add_import_command(CLI::App& app);
void add_export_command(CLI::App& app);
void add_grid_command(CLI::App& app);
void add_check_command(CLI::App& app);
void add_solve_command(CLI::App& app);
void add_render_command(CLI::App& app);
void add_explain_command(CLI::App& app);

} // namespace bp::cli
