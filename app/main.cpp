// boothplan's entry point: parses the command line and maps errors to exit statuses (DESIGN §5).
#include "app/cli/commands.h"
#include "layout/model/diagnostics.h"
#include "layout/io/project_store.h"

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
    app.require_subcommand(1);
    app.set_version_flag("--version", "boothplan 0.1.0");
    add_sample_command(app);
    add_new_command(app);
    add_import_command(app);
    add_export_command(app);
    add_grid_command(app);
    add_check_command(app);
    add_solve_command(app);
    add_render_command(app);

    try
    {
        app.parse(argc, argv);
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
