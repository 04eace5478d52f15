// boothplan's entry point: a command runs the command line (exit statuses of DESIGN §5); no command
// opens the planner window (`boothplan [PROJECT]`).
#include "app/cli/commands.h"
#include "layout/model/diagnostics.h"
#include "layout/io/project_store.h"
#include "app/window/window_main.h"

#include <cstdio>
#include <iostream>
#include <unistd.h>

namespace bp::cli
{

bool progress_wanted() { return isatty(STDERR_FILENO) != 0; }

} // namespace bp::cli

int main(int argc, char** argv)
{
    using namespace bp::cli;
    CLI::App app{"boothplan: trade-fair floor plans and booth allocation"};
    app.require_subcommand(0, 1);
    app.set_version_flag("--version", "boothplan 0.1.0");
    // No command: the planner window, with its own options.
    bp::win::WindowArgs window;
    app.add_option("PROJECT", window.project, "Project to open in the planner window (*.boothplan)");
    app.add_option("--lang", window.language, "Language of the window: en or zh")->check(CLI::IsMember({"en", "zh"}));
    app.add_option("--autosave-interval", window.autosave_interval_s, "Seconds between autosaves of the window")
        ->check(CLI::Range(1.0, 3600.0));
    bool own_dialogs = false;
    app.add_flag("--no-native-dialogs", own_dialogs, "File dialogs drawn by the window instead of zenity");
    app.add_option("--window-size", window.width, "Width of the window")->check(CLI::Range(640, 8192));
    app.add_option("--window-height", window.height, "Height of the window")->check(CLI::Range(480, 8192));
    app.add_option("--bench", window.bench,
                   "Benchmark the window on a sample (tiny, cismef, canton, canton-x3) or a project, print figures, exit");
    app.add_option("--bench-seconds", window.bench_seconds, "Length of each timed phase of --bench")
        ->check(CLI::Range(0.5, 60.0));
    add_sample_command(app);
    add_new_command(app);
    add_import_command(app);
    add_export_command(app);
    add_grid_command(app);
    add_check_command(app);
    add_solve_command(app);
    add_explain_command(app);
    add_render_command(app);

    try
    {
        app.parse(argc, argv);
        window.native_dialogs = !own_dialogs;
        if (app.get_subcommands().empty())
            return window.bench.empty() ? bp::win::run_window(window) : bp::win::run_window_bench(window);
    }
    catch (const CLI::ParseError& e)
    {
        int rc = app.exit(e);
        return rc == 0 ? kExitOk : kExitBadInput;
    }
    catch (const ExitStatus& s)
    {
        if (!s.message.empty())
            std::cerr << s.message << (s.message.back() == '\n' ? "" : "\n");
        return s.code;
    }
    catch (const bp::InputError& e)
    {
        std::cerr << "boothplan: input refused, nothing changed:\n" << e.what();
        return kExitBadInput;
    }
    catch (const bp::StoreError& e)
    {
        std::cerr << "boothplan: " << e.what() << "\n";
        return kExitBadInput;
    }
    catch (const std::exception& e)
    {
        std::cerr << "boothplan: internal error: " << e.what() << "\n";
        return kExitInternal;
    }
    return kExitOk;
}
